/**
 * Crosswalk data is facts copied from publications, so it is checked like the catalog: every id resolves on both
 * sides, the counts match what each framework defines, no row appears twice, every row has a kind, and every
 * file names its source. The 2013 → 2022 table gets its own checks, since the transition view rests on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rawCrosswalks } from '../../../data/crosswalks';
import { loadCatalog } from '../../../lib/catalog';
import {
  crosswalkById,
  CrosswalkSchema,
  loadCrosswalks,
  problemsAgainstCatalog,
  relationshipKinds,
  sourcesOf,
  targetsOf,
} from '../../../lib/crosswalks';

const catalog = loadCatalog();
const catalogIds = new Set(catalog.items.map((item) => item.id));
const crosswalks = loadCrosswalks();
const dataFiles: Record<string, string> = {
  soc2: 'data/crosswalks/soc2.ts',
  'nist-csf-2': 'data/crosswalks/nist-csf-2.ts',
  nis2: 'data/crosswalks/nis2.ts',
  'iso27001-2013': 'data/crosswalks/iso27001-2013.ts',
};

describe('every crosswalk file', () => {
  it('passes its schema, and the bundle holds exactly the four frameworks', () => {
    expect(rawCrosswalks.map((raw) => CrosswalkSchema.safeParse(raw).error?.message)).toEqual([undefined, undefined, undefined, undefined]);
    expect(crosswalks.map((crosswalk) => crosswalk.id)).toEqual(Object.keys(dataFiles));
  });

  it.each(Object.entries(dataFiles))('%s names its source in its header and its data', (id, file) => {
    const header = readFileSync(file, 'utf8').split('*/')[0]!;
    expect(header).toMatch(/\n \* Source/);
    expect(crosswalkById(id).source.length).toBeGreaterThan(40);
    expect(crosswalkById(id).coverage.length).toBeGreaterThan(40);
  });

  it.each(crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const))('%s: every target is an item of the catalog', (_id, crosswalk) => {
    expect(problemsAgainstCatalog(crosswalk, catalogIds)).toEqual([]);
  });

  it.each(crosswalks.map((crosswalk) => [crosswalk.id, crosswalk] as const))(
    '%s: every source id is one the framework defines, every row has a kind, no row twice',
    (_id, crosswalk) => {
      const known = new Set(crosswalk.sourceIds);
      expect(crosswalk.rows.filter((row) => !known.has(row.source))).toEqual([]);
      expect(crosswalk.rows.filter((row) => !relationshipKinds.includes(row.kind))).toEqual([]);
      const pairs = crosswalk.rows.map((row) => `${row.source} → ${row.target}`);
      expect(new Set(pairs).size).toBe(pairs.length);
    },
  );

  it.each([
    // framework, ids it defines, ids with at least one row, rows, controls reached, clause requirements reached
    ['soc2', 61, 36, 191, 58, 24],
    ['nist-csf-2', 106, 106, 341, 67, 23],
    ['nis2', 10, 10, 107, 69, 20],
    ['iso27001-2013', 114, 114, 115, 82, 0],
  ])('%s defines %i ids, %i of them mapped, in %i rows reaching %i controls and %i clause requirements', (id, ids, mapped, rows, controls, clauses) => {
    const crosswalk = crosswalkById(id);
    const targets = new Set(crosswalk.rows.map((row) => row.target));
    const actual = [
      crosswalk.sourceIds.length,
      new Set(crosswalk.rows.map((row) => row.source)).size,
      crosswalk.rows.length,
      [...targets].filter((target) => target.startsWith('A.')).length,
      [...targets].filter((target) => !target.startsWith('A.')).length,
    ];
    expect(actual).toEqual([ids, mapped, rows, controls, clauses]);
  });
});

describe('the catalog-side checks catch what the schema cannot', () => {
  it('names a well-formed target the catalog does not have', () => {
    const crosswalk = CrosswalkSchema.parse({ ...rawCrosswalks[2], rows: [['a', 'A.8.35', 'related']] });
    expect(problemsAgainstCatalog(crosswalk, catalogIds)).toEqual([
      'nis2: row a → A.8.35 names an item the catalog does not have',
    ]);
  });

  it.each([
    ['an unknown source id', { rows: [['z', 'A.5.1', 'related']] }, 'unknown source id z'],
    ['a row twice', { rows: [['a', 'A.5.1', 'related'], ['a', 'A.5.1', 'subset']] }, 'a → A.5.1 appears twice'],
    ['a row without a kind', { rows: [['a', 'A.5.1']] }, 'rows'],
    ['an unknown kind', { rows: [['a', 'A.5.1', 'same']] }, 'rows'],
    ['a target that is no item id', { rows: [['a', 'A.5.1.1', 'related']] }, 'not a catalog item id'],
    ['no source named', { source: '' }, 'name the publication'],
    ['no coverage said', { coverage: 'all' }, 'say what the rows cover'],
    ['a source id listed twice', { sourceIds: ['a', 'a'] }, 'listed twice'],
  ])('the schema refuses %s', (_case, change, message) => {
    const actual = CrosswalkSchema.safeParse({ ...rawCrosswalks[2], ...change });
    expect(actual.success).toBe(false);
    expect(actual.error?.message).toContain(message);
  });
});

describe('ISO/IEC 27001:2013 → 2022 (ISO/IEC 27002:2022 Annex B)', () => {
  const iso2013 = crosswalkById('iso27001-2013');
  const controls = catalog.items.filter((item) => item.kind === 'control');

  it.each([
    ['A.5', 2], ['A.6', 7], ['A.7', 6], ['A.8', 10], ['A.9', 14], ['A.10', 2], ['A.11', 15],
    ['A.12', 14], ['A.13', 7], ['A.14', 13], ['A.15', 5], ['A.16', 7], ['A.17', 4], ['A.18', 8],
  ])('domain %s has %i controls', (domain, count) => {
    expect(iso2013.sourceIds.filter((id) => id.startsWith(`${domain}.`))).toHaveLength(count);
  });

  it('gives every one of the 114 controls its official title and at least one 2022 control', () => {
    expect(iso2013.sourceIds).toHaveLength(114);
    expect(iso2013.sourceIds.filter((id) => !iso2013.sourceTitles?.[id])).toEqual([]);
    expect(iso2013.sourceIds.filter((id) => targetsOf(iso2013, id).length === 0)).toEqual([]);
  });

  it('leaves exactly the 11 controls new in 2022 without a 2013 source', () => {
    const withoutSource = controls.filter((item) => sourcesOf(iso2013, item.id).length === 0).map((item) => item.id);
    expect(withoutSource).toEqual(controls.filter((item) => item.newIn2022).map((item) => item.id));
    expect(withoutSource).toEqual(['A.5.7', 'A.5.23', 'A.5.30', 'A.7.4', 'A.8.9', 'A.8.10', 'A.8.11', 'A.8.12', 'A.8.16', 'A.8.23', 'A.8.28']);
  });

  it.each([
    // Rows that hand-made public copies get wrong, as ISO's table gives them.
    ['A.13.2.1', ['A.5.14']],
    ['A.6.1.3', ['A.5.5']],
    ['A.6.1.5', ['A.5.8']],
    ['A.6.2.1', ['A.8.1']],
    ['A.9.2.5', ['A.5.18']],
    ['A.12.6.2', ['A.8.19']],
    ['A.14.2.4', ['A.8.32']],
    ['A.11.1.6', ['A.7.2']],
    ['A.8.3.3', ['A.7.10']],
    ['A.18.2.3', ['A.5.36', 'A.8.8']],
    ['A.17.2.1', ['A.8.14']],
  ])('%s went to %j', (source, expected) => {
    expect(targetsOf(iso2013, source).map((row) => row.target)).toEqual(expected);
  });

  it('calls a one-to-one carry-over equivalent, a merge subset and the one split related', () => {
    expect(targetsOf(iso2013, 'A.16.1.5').map((row) => row.kind)).toEqual(['equivalent']);
    expect(targetsOf(iso2013, 'A.5.1.1').map((row) => row.kind)).toEqual(['subset']);
    expect(targetsOf(iso2013, 'A.18.2.3').map((row) => row.kind)).toEqual(['related', 'related']);
    expect(sourcesOf(iso2013, 'A.8.32').map((row) => row.source)).toEqual(['A.12.1.2', 'A.14.2.2', 'A.14.2.3', 'A.14.2.4']);
  });
});

describe('NIST CSF 2.0 and NIS2', () => {
  it.each([
    ['GV', 31], ['ID', 21], ['PR', 22], ['DE', 11], ['RS', 13], ['RC', 8],
  ])('CSF function %s has %i subcategories, each referring to ISO/IEC 27001', (fn, count) => {
    const csf = crosswalkById('nist-csf-2');
    const subcategories = csf.sourceIds.filter((id) => id.startsWith(`${fn}.`));
    expect(subcategories).toHaveLength(count);
    expect(subcategories.filter((id) => targetsOf(csf, id).length === 0)).toEqual([]);
  });

  it.each([
    // Spot checks against NIST's own per-subcategory listings.
    ['PR.AA-01', ['A.5.15', 'A.5.18', 'A.8.2', 'A.8.5']],
    ['PR.AA-02', ['A.8.2', 'A.8.3', 'A.8.5']],
    ['RS.MA-02', ['A.5.24', 'A.5.26', 'A.5.27', 'A.5.28', 'A.6.8']],
  ])('CSF %s refers to %j', (subcategory, expected) => {
    expect(targetsOf(crosswalkById('nist-csf-2'), subcategory).map((row) => row.target)).toEqual(expected);
  });

  it('maps each NIS2 measure (a)–(j), and names the implementing regulation sections behind each row', () => {
    const nis2 = crosswalkById('nis2');
    expect(nis2.sourceIds).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(nis2.sourceIds.filter((id) => targetsOf(nis2, id).length === 0)).toEqual([]);
    expect(nis2.rows.filter((row) => !/^Annex \d+\.\d+(, \d+\.\d+)*$/.test(row.via ?? ''))).toEqual([]);
    expect(targetsOf(nis2, 'j')).toEqual([{ source: 'j', target: 'A.8.5', kind: 'related', via: 'Annex 11.7' }]);
  });
});
