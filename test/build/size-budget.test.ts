import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const outDir = '.output/chrome-mv3';

/** Every JS file a page loads at start: its module scripts and, transitively, their static imports. */
export function scriptsLoadedBy(page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map(
    (match) => normalize(join(outDir, match[1]!)),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: a dynamic import() loads later, when it is needed, and is not part of start-up.
    for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      visit(normalize(join(dirname(file), match[1]!)));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

export function gzipKilobytes(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) / 1024;
}

it.each([
  ['popup.html', 50],
  ['sidepanel.html', 150],
  ['app.html', 150],
  ['kiosk.html', 150],
  ['options.html', 150],
])('%s loads at most %i KB of JavaScript, gzipped', (page, budget) => {
  const files = scriptsLoadedBy(page);
  const actual = gzipKilobytes(files);
  console.log(`${page}: ${actual.toFixed(1)} KB gzip in ${files.length} files`);
  expect(files.length).toBeGreaterThan(0);
  expect(actual).toBeLessThanOrEqual(budget);
});

it.each(['popup.html', 'sidepanel.html', 'app.html', 'kiosk.html', 'options.html'])(
  '%s does not load the spreadsheet library at start: only asking for a workbook does',
  (page) => {
    const library = (file: string) => readFileSync(file, 'utf8').includes('xl/sharedStrings.xml');
    const chunks = readdirSync(join(outDir, 'chunks')).map((name) => join(outDir, 'chunks', name));
    // The control: the library is in the build, in a chunk of its own.
    expect(chunks.filter(library)).toHaveLength(1);
    expect(scriptsLoadedBy(page).filter(library)).toEqual([]);
  },
);
