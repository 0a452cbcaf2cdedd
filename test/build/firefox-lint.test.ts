import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

const firefoxBuild = '.output/firefox-mv2';

it("the Firefox build passes Mozilla's add-on linter with no errors", () => {
  expect(existsSync(`${firefoxBuild}/manifest.json`), 'run `npm run build` first').toBe(true);
  let output: string;
  try {
    output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
    });
  } catch (error) {
    // web-ext exits non-zero when it finds errors; the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const report = JSON.parse(output) as { errors: Array<{ code: string; message: string; file?: string }> };
  expect(report.errors.map((error) => `${error.code}: ${error.message} (${error.file ?? ''})`)).toEqual([]);
});
