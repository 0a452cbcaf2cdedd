import { describe, expect, it } from 'vitest';
import { overlapGap, overlapSentence } from '../../components/results/overlap-text';
import { loadCatalog } from '../../lib/catalog';
import {
  crosswalkById,
  CrosswalkSchema,
  overlapByFramework,
  overlapOf,
  relationshipKinds,
  sourcesOf,
  targetsOf,
  type Crosswalk,
  type FrameworkOverlap,
  type RelationshipKind,
} from '../../lib/crosswalks';
import { prng } from '../fixtures/random';

const items = [
  { id: 'A.5.1', kind: 'control' },
  { id: 'A.5.2', kind: 'control' },
  { id: 'A.5.3', kind: 'control' },
  { id: '4.1', kind: 'clause' },
  { id: '6.1.2', kind: 'clause' },
] as const;

function crosswalkOf(rows: [string, string, RelationshipKind][]): Crosswalk {
  return CrosswalkSchema.parse({
    id: 'test',
    name: 'Test framework',
    edition: 'first edition',
    source: 'a publication invented for this test only',
    coverage: 'only what each test case needs, nothing more',
    sourceIds: [...new Set(rows.map(([source]) => source)), 'unused'],
    rows,
  });
}

describe('overlapOf', () => {
  it.each<[string, [string, string, RelationshipKind][], [number, number, number], [number, number, number], boolean]>([
    // case, rows, controls [covered, full, partial], clauses [covered, full, partial], maps clauses
    ['an equivalent row covers in full', [['x', 'A.5.1', 'equivalent']], [1, 1, 0], [0, 0, 0], false],
    ['a superset row covers in full', [['x', 'A.5.1', 'superset']], [1, 1, 0], [0, 0, 0], false],
    ['a subset row covers in part', [['x', 'A.5.1', 'subset']], [1, 0, 1], [0, 0, 0], false],
    ['a related row covers in part', [['x', 'A.5.1', 'related']], [1, 0, 1], [0, 0, 0], false],
    ['one full row among partial ones makes the item full', [['x', 'A.5.1', 'related'], ['y', 'A.5.1', 'equivalent']], [1, 1, 0], [0, 0, 0], false],
    ['two sources on one item count it once', [['x', 'A.5.2', 'subset'], ['y', 'A.5.2', 'subset']], [1, 0, 1], [0, 0, 0], false],
    ['clause rows count apart from controls', [['x', '4.1', 'related'], ['x', 'A.5.3', 'equivalent']], [1, 1, 0], [1, 0, 1], true],
    ['a target outside the items counts nowhere', [['x', 'A.8.34', 'equivalent']], [0, 0, 0], [0, 0, 0], false],
  ])('%s', (_case, rows, controls, clauses, mapsClauses) => {
    const actual = overlapOf(crosswalkOf(rows), items);
    expect({
      controls: [actual.controls.covered, actual.controls.full, actual.controls.partial],
      clauses: [actual.clauses.covered, actual.clauses.full, actual.clauses.partial],
      mapsClauses: actual.mapsClauses,
    }).toEqual({ controls, clauses, mapsClauses });
    expect([actual.controls.total, actual.clauses.total]).toEqual([3, 2]);
  });

  it('holds its invariants over random crosswalks, and a new row never lowers the reach', () => {
    const random = prng(15);
    const targets = items.map((item) => item.id);
    for (let run = 0; run < 200; run++) {
      const rows: [string, string, RelationshipKind][] = [];
      const seen = new Set<string>();
      for (let count = Math.floor(random() * 12); count > 0; count--) {
        const row: [string, string, RelationshipKind] = [
          `s${Math.floor(random() * 4)}`,
          targets[Math.floor(random() * targets.length)]!,
          relationshipKinds[Math.floor(random() * relationshipKinds.length)]!,
        ];
        if (!seen.has(`${row[0]}${row[1]}`)) rows.push(row);
        seen.add(`${row[0]}${row[1]}`);
      }
      if (rows.length < 2) continue;
      const whole = overlapOf(crosswalkOf(rows), items);
      const fewer = overlapOf(crosswalkOf(rows.slice(1)), items);
      for (const reach of [whole.controls, whole.clauses]) {
        expect(reach.covered).toBe(reach.full + reach.partial);
        expect(reach.covered).toBeLessThanOrEqual(reach.total);
      }
      expect(whole.controls.covered).toBeGreaterThanOrEqual(fewer.controls.covered);
      expect(whole.controls.full).toBeGreaterThanOrEqual(fewer.controls.full);
      expect(whole.clauses.covered).toBeGreaterThanOrEqual(fewer.clauses.covered);
      const targeted = new Set(rows.map(([, target]) => target));
      expect(whole.controls.covered + whole.clauses.covered).toBe(targeted.size);
    }
  });

  it('gives the bundled frameworks the reach their data says, in display order', () => {
    const actual = overlapByFramework(loadCatalog().items).map((overlap) => [
      overlap.frameworkId,
      overlap.controls.covered,
      overlap.controls.full,
      overlap.clauses.covered,
    ]);
    expect(actual).toEqual([
      ['soc2', 58, 0, 24],
      ['nist-csf-2', 67, 0, 23],
      ['nis2', 69, 0, 20],
      ['iso27001-2013', 82, 58, 0],
    ]);
  });
});

describe('lookups in both directions', () => {
  it.each([
    ['soc2', 'CC8.1', ['A.5.8', 'A.8.3', 'A.8.9', 'A.8.25', 'A.8.27', 'A.8.28', 'A.8.32']],
    ['soc2', 'CC5.1', []],
    ['nist-csf-2', 'GV.PO-01', ['5.2', 'A.5.1']],
    ['nis2', 'h', ['A.5.31', 'A.8.24']],
    ['iso27001-2013', 'A.9.4.3', ['A.5.17']],
    ['iso27001-2013', 'not an id', []],
  ])('%s %s maps to %j', (framework, source, expected) => {
    expect(targetsOf(crosswalkById(framework), source).map((row) => row.target)).toEqual(expected);
  });

  it.each([
    ['iso27001-2013', 'A.5.17', ['A.9.2.4', 'A.9.3.1', 'A.9.4.3']],
    ['iso27001-2013', 'A.5.23', []],
    ['nis2', 'A.8.5', ['j']],
    ['soc2', '5.1', ['CC1.1', 'CC1.2', 'CC1.3', 'CC2.2', 'CC3.1', 'CC5.3']],
  ])('%s: %s is reached from %j', (framework, item, expected) => {
    expect(sourcesOf(crosswalkById(framework), item).map((row) => row.source)).toEqual(expected);
  });

  it('agrees with itself: every row is found from both of its ends', () => {
    for (const id of ['soc2', 'nist-csf-2', 'nis2', 'iso27001-2013']) {
      const crosswalk = crosswalkById(id);
      for (const row of crosswalk.rows) {
        expect(targetsOf(crosswalk, row.source)).toContain(row);
        expect(sourcesOf(crosswalk, row.target)).toContain(row);
      }
    }
  });

  it('refuses an id it does not ship', () => {
    expect(() => crosswalkById('pci-dss')).toThrow('No crosswalk with id pci-dss');
  });
});

describe('the overlap in plain words', () => {
  const overlap = (controls: [number, number], clauses: [number, number] | null): FrameworkOverlap => ({
    frameworkId: 'x',
    name: 'Framework X',
    controls: { total: 93, covered: controls[0], full: controls[0] - controls[1], partial: controls[1] },
    clauses: { total: 30, covered: clauses?.[0] ?? 0, full: (clauses?.[0] ?? 0) - (clauses?.[1] ?? 0), partial: clauses?.[1] ?? 0 },
    mapsClauses: clauses !== null,
  });

  it.each<[[number, number], [number, number] | null, string, string]>([
    [[58, 58], [24, 24], 'Framework X covers 58 of the 93 Annex A controls (all only in part) and 24 of the 30 clause requirements (all only in part).', '35 controls have no counterpart in Framework X.'],
    [[82, 24], null, 'Framework X covers 82 of the 93 Annex A controls (24 of them in part).', '11 controls have no counterpart in Framework X. Clauses 4–10 are not part of this crosswalk.'],
    [[93, 0], [0, 0], 'Framework X covers 93 of the 93 Annex A controls (all in full) and none of the 30 clause requirements.', '0 controls have no counterpart in Framework X.'],
    [[92, 1], [30, 0], 'Framework X covers 92 of the 93 Annex A controls (1 of them in part) and 30 of the 30 clause requirements (all in full).', '1 control has no counterpart in Framework X.'],
  ])('controls %j, clauses %j', (controls, clauses, sentence, gap) => {
    expect(overlapSentence(overlap(controls, clauses))).toBe(sentence);
    expect(overlapGap(overlap(controls, clauses))).toBe(gap);
  });
});
