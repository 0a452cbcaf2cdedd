import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Every file under a folder, as paths relative to it. */
function filesUnder(folder: string, prefix = ''): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(folder, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

// The benchmark's floor page (test/bench/floor) goes only into a copy of the build (scripts/bench.sh).
it.each(['chrome-mv3', 'firefox-mv2'])('the %s build that ships has no benchmark floor page', (target) => {
  const folder = join('.output', target);
  expect(existsSync(join(folder, 'manifest.json'))).toBe(true);
  const files = filesUnder(folder);
  expect(files.length).toBeGreaterThan(5);
  expect(files.filter((file) => /floor/i.test(file))).toEqual([]);
});
