import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchitecture, familyFolders, type SourceTree } from './architecture';

function readTree(): SourceTree {
  const tree = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.posix.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(tsx?|css)$/.test(entry.name)) tree.set(file, readFileSync(file, 'utf8'));
    }
  };
  for (const folder of ['entrypoints', 'components', 'lib', 'data']) walk(folder);
  return tree;
}

const tree = readTree();

/** The real tree with one file replaced or added. */
const withFile = (file: string, text: string): SourceTree => new Map([...tree, [file, text]]);

// Parsing the whole tree with TypeScript takes under a second alone, several on a busy 2-core machine.
const parsing = { timeout: 60_000 };

describe('the tree keeps its architecture', parsing, () => {
  it('breaks no rule', () => {
    expect(checkArchitecture(tree)).toEqual([]);
  });

  it('gives every lib family a front door', () => {
    for (const folder of familyFolders) expect(tree.has(`${folder}/index.ts`), folder).toBe(true);
  });
});

describe('the check catches each kind of wrong import, naming the file and the import', parsing, () => {
  const wiredKiosk = tree.get('components/kiosk/KioskApp.tsx')!;

  it.each([
    [
      'lib importing from components',
      'lib/scoring.ts',
      `${tree.get('lib/scoring.ts')}\nimport { Tabs } from '../components/ui/Tabs';\n`,
      "lib/scoring.ts:",
      "imports '../components/ui/Tabs': lib/ must not import from components/",
    ],
    [
      'pure lib importing Dexie',
      'lib/calendar.ts',
      `import Dexie from 'dexie';\n${tree.get('lib/calendar.ts')}`,
      'lib/calendar.ts:1',
      "imports 'dexie': pure domain code",
    ],
    [
      'pure lib importing Preact',
      'lib/calendar.ts',
      `import { h } from 'preact';\n${tree.get('lib/calendar.ts')}`,
      'lib/calendar.ts:1',
      "imports 'preact': pure domain code",
    ],
    [
      'pure lib naming the browser API',
      'lib/calendar.ts',
      `${tree.get('lib/calendar.ts')}\nexport const here = () => document.title;\n`,
      'lib/calendar.ts:',
      "uses the browser global 'document'",
    ],
    [
      'lib/db importing lib/state',
      'lib/db/answers.ts',
      `import { databaseStatus } from '../state/database';\n${tree.get('lib/db/answers.ts')}`,
      'lib/db/answers.ts:1',
      'lib/db/ must not import from lib/state/',
    ],
    [
      'data importing lib',
      'data/answer-scale.ts',
      `import { isControl } from '../lib/item-ids';\n${tree.get('data/answer-scale.ts')}`,
      'data/answer-scale.ts:1',
      'data/ must not import from lib/',
    ],
    [
      'a component calling lib/db directly',
      'components/kiosk/KioskApp.tsx',
      `import { saveAnswer } from '../../lib/db/answers';\n${wiredKiosk}`,
      'components/kiosk/KioskApp.tsx:1',
      'components take only types from lib/db',
    ],
    [
      'a component reaching inside a family',
      'components/kiosk/KioskApp.tsx',
      `import { kioskStep } from '../../lib/kiosk/machine';\n${wiredKiosk}`,
      'components/kiosk/KioskApp.tsx:1',
      "import the family's front door 'lib/kiosk'",
    ],
  ])('%s', (_case, file, text, place, message) => {
    const actual = checkArchitecture(withFile(file, text));
    expect(actual).toHaveLength(1);
    expect(actual[0]).toContain(place);
    expect(actual[0]).toContain(message);
  });

  it('a feature folder no entrypoint reaches', () => {
    const actual = checkArchitecture(withFile('components/orphan/Orphan.tsx', 'export function Orphan() { return null; }\n'));
    expect(actual).toEqual(['components/orphan/Orphan.tsx is not reachable from any entrypoint: wire it into a page or remove it.']);
  });

  it('lets a component take a type from lib/db, and lib/db take from lib', () => {
    const actual = checkArchitecture(
      withFile('components/kiosk/KioskApp.tsx', `import type { PinCheck } from '../../lib/db/kiosk';\n${wiredKiosk}`),
    );
    expect(actual).toEqual([]);
  });
});
