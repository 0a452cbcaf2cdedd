import { describe, expect, it } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { loadCatalog } from '../../lib/catalog';
import type { AssessmentRecord } from '../../lib/db/database';
import { parseBackupFile, toBackupJson } from '../../lib/exports/backup';
import { checkLogo } from '../../lib/brand';
import { defaultAssumptions } from '../../lib/estimate';
import { solidPng } from '../fixtures/images';
import { parseAssessmentFile, toJson } from '../../lib/exports/json';
import { fixtureAnswers, fixtureNow, fixtureRecord } from '../fixtures/report';

const catalog = loadCatalog();
const exported = toJson(fixtureRecord, fixtureAnswers, catalogVersion, fixtureNow);
const envelope = () => JSON.parse(exported) as Record<string, any>;
const withChange = (change: (data: Record<string, any>) => void): string => {
  const data = envelope();
  change(data);
  return JSON.stringify(data);
};
const errorOf = (text: string): string => {
  const result = parseAssessmentFile(text);
  return result.ok ? 'accepted' : result.error;
};

describe('JSON export', () => {
  it('wraps the assessment in a versioned envelope, dated by the `now` passed in', () => {
    const actual = envelope();
    expect({ ...actual, assessment: undefined, answers: undefined }).toEqual({
      format: 'iso27001-readiness/assessment',
      formatVersion: 1,
      exportedAt: '2025-03-14T09:30:00.000Z',
      catalogVersion,
      assessment: undefined,
      answers: undefined,
    });
    expect(exported.endsWith('}\n')).toBe(true);
  });

  it('gives back the original on import', () => {
    const actual = parseAssessmentFile(exported);
    const expected = { ok: true, assessment: { record: fixtureRecord, answers: fixtureAnswers }, catalogVersion, exportedAt: '2025-03-14T09:30:00.000Z' };
    expect(actual).toEqual(expected);
  });

  it('leaves out the deletion mark, so an import is a live assessment', () => {
    const deleted: AssessmentRecord = { ...fixtureRecord, deletedAt: fixtureNow };
    const actual = parseAssessmentFile(toJson(deleted, {}, catalogVersion, fixtureNow));
    expect(actual.ok && actual.assessment.record).toEqual(fixtureRecord);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parseAssessmentFile(`\uFEFF${exported}`).ok).toBe(true);
  });
});

describe('files from an earlier catalog version', () => {
  // Exported with catalog 2022.1.0: its quick scan had questions that catalog 2022.2.0 retired.
  const olderExport = withChange((data) => {
    data.catalogVersion = '2022.1.0';
    data.answers = { 'quick.access-management': { level: 3, owner: 'IT' }, 'quick.operation-records': { level: 1 }, 'A.8.13': { level: 4 } };
  });

  it('import with their answers to retired questions, which keep counting for the items they covered', () => {
    const actual = parseAssessmentFile(olderExport);
    expect(actual.ok && actual.assessment.answers).toEqual({
      'quick.access-management': { level: 3, owner: 'IT' },
      'quick.operation-records': { level: 1 },
      'A.8.13': { level: 4 },
    });
    expect(actual.ok && actual.catalogVersion).toBe('2022.1.0');
  });

  it('still refuses N/A on a retired question that covered a clause', () => {
    const bad = withChange((data) => (data.answers['quick.operation-records'] = { level: 'na', justification: 'x' }));
    expect(errorOf(bad)).toMatch(/Clause 8\.1 is mandatory for certification/);
  });
});

describe('parseAssessmentFile refuses, saying what is wrong', () => {
  it.each<[string, string, string | RegExp]>([
    ['an empty file', '  \n', 'The file is empty.'],
    ['text that is not JSON', 'Organization: Acme', /^The file is not valid JSON, so it is not an assessment export from this tool\. Choose the \.json file the extension saved\.$/],
    ['a cut-off file', exported.slice(0, 200), /^The file is not valid JSON: it starts like an assessment export but is damaged or cut off\./],
    ['a JSON array', '[]', 'This is not an assessment export: the file should hold a JSON object.'],
    ['a backup', toBackupJson([], catalogVersion, fixtureNow), 'This is not an assessment export: its "format" is "iso27001-readiness/backup", expected "iso27001-readiness/assessment".'],
    ['a newer format', withChange((data) => (data.formatVersion = 2)), 'The file comes from a newer version of the extension (format 2; this one reads up to 1). Update the extension and try again.'],
    ['a version in words', withChange((data) => (data.formatVersion = '1')), 'The assessment export has no valid "formatVersion" (a whole number from 1).'],
    ['an unknown field', withChange((data) => (data.extra = 1)), /^This file is not an assessment export from this tool: a field this tool does not know \(“extra”\) in the file\.$/],
    ['a number for the organization', withChange((data) => (data.assessment.organization = 42)), /the organization name of the assessment should be text/],
    ['a blank organization', withChange((data) => (data.assessment.organization = '  ')), /the organization name of the assessment must not be blank/],
    ['a 201-character organization', withChange((data) => (data.assessment.organization = 'x'.repeat(201))), /the organization name of the assessment must be at most 200 characters/],
    ['a headcount of 0', withChange((data) => (data.assessment.employees = 0)), /the headcount of the assessment must be at least 1/],
    ['an unknown depth', withChange((data) => (data.assessment.depth = 'deep')), /the depth of the assessment should be one of “quick”, “standard”, “full”/],
    ['an unknown answer key', withChange((data) => (data.answers['quick.nothing'] = { level: 1 })), /the answer to “quick\.nothing” is for a question or item that catalog 2022\.\d+\.\d+ does not have/],
    ['level 5', withChange((data) => (data.answers['A.8.13'].level = 5)), /the level of the answer to “A\.8\.13” should be a level 0–4, "na" or "dont-know"/],
    ['N/A on a clause', withChange((data) => (data.answers['4.3'] = { level: 'na', justification: 'x' })), /Clause 4\.3 is mandatory for certification/],
    ['N/A on a control without a reason', withChange((data) => (data.answers['A.8.1'] = { level: 'na' })), /Say why this does not apply/],
    ['N/A on a quick question that covers clauses', withChange((data) => (data.answers['quick.documents'] = { level: 'na', justification: 'x' })), /Clause 7\.5\.1 is mandatory/],
    ['an unknown inclusion reason', withChange((data) => (data.answers['A.8.13'].inclusionReason = 'whim')), /the reason for inclusion of the answer to “A\.8\.13” should be one of/],
    ['an inclusion justification on a clause', withChange((data) => (data.answers['4.3'].inclusionJustification = 'x')), /Clause 4\.3 is not an Annex A control/],
    ['a 2,001-character inclusion justification', withChange((data) => (data.answers['A.8.13'].inclusionJustification = 'j'.repeat(2001))), /the justification for inclusion of the answer to “A\.8\.13” must be at most 2000 characters/],
    ['an unknown answer field', withChange((data) => (data.answers['A.8.13'].score = 3)), /a field this tool does not know \(“score”\) in the answer to “A\.8\.13”/],
    ['a 5,001-character note', withChange((data) => (data.answers['A.8.13'].note = 'n'.repeat(5001))), /at most 5000 characters/],
    ['a __proto__ key', exported.replace('"answers": {', '"answers": { "__proto__": { "polluted": true },'), 'The file contains the key "__proto__" (in the answers), which is never part of an export.'],
    ['a constructor key deep inside', withChange((data) => (data.assessment.drivers = { constructor: { prototype: {} } })), /the key "constructor" \(in the cost drivers of the assessment\)/],
    ['deep nesting', withChange((data) => (data.answers['A.8.13'].note = JSON.parse('['.repeat(40) + ']'.repeat(40)))), /nested more than 16 levels deep \(in the note of the answer to “A\.8\.13”\)/],
    ['a 6 MB file', `{"pad": "${'x'.repeat(6_000_000)}"}`, 'The file is too large (6 MB); an assessment export is at most 5 MB.'],
    ['many problems', withChange((data) => { for (const item of catalog.items.slice(0, 20)) data.answers[item.id] = { level: 9 }; }), / \(and 19 more problems\)\.$/],
  ])('%s', (_, text, expected) => {
    const actual = errorOf(text);
    if (typeof expected === 'string') expect(actual).toBe(expected);
    else expect(actual).toMatch(expected);
  });
});

describe('migrations', () => {
  // No older format has been published yet, so this test plays format 2 of the future: format 1 named the
  // organization `name`, and migration 1 → 2 renames it.
  const olderFile = withChange((data) => {
    data.assessment.name = data.assessment.organization;
    delete data.assessment.organization;
  });
  const renameOrganization = (data: unknown) => {
    const { assessment, ...rest } = data as { assessment: { name: string } & Record<string, unknown> };
    const { name, ...record } = assessment;
    return { ...rest, formatVersion: 2, assessment: { ...record, organization: name } };
  };

  it('upgrades an older file through the registry before checking it', () => {
    const actual = parseAssessmentFile(olderFile, { formatVersion: 2, migrations: { 1: renameOrganization } });
    expect(actual.ok && actual.assessment.record).toEqual(fixtureRecord);
  });

  it.each<[string, Record<number, (data: unknown) => unknown>, string]>([
    ['a missing migration', {}, 'Format version 1 of the assessment export can no longer be read.'],
    ['a migration that throws', { 1: () => { throw new Error('no name'); } }, 'Upgrading the file from format version 1 failed: no name'],
    ['a migration that forgets the version', { 1: (data) => data }, 'Upgrading the file from format version 1 did not give version 2.'],
  ])('refuses the file on %s', (_, migrations, expected) => {
    expect(parseAssessmentFile(olderFile, { formatVersion: 2, migrations })).toEqual({ ok: false, error: expected });
  });

  it('uses the real registry, which has nothing to do yet, by default', () => {
    expect(parseAssessmentFile(olderFile).ok).toBe(false);
    expect(parseAssessmentFile(exported).ok).toBe(true);
  });
});

describe('backup and restore', () => {
  const entries = [
    { assessment: fixtureRecord, answers: fixtureAnswers },
    { assessment: { id: 'second', organization: 'Beta', employees: 12, sector: 'Other', depth: 'quick' as const, createdAt: 1, updatedAt: 2, deletedAt: 3 }, answers: {} },
  ];

  it('gives back every assessment, deleted ones included', () => {
    const actual = parseBackupFile(toBackupJson(entries, catalogVersion, fixtureNow));
    const expected = entries.map(({ assessment, answers }) => ({ record: assessment, answers }));
    expect(actual).toEqual({ ok: true, assessments: expected, settings: {}, catalogVersion, exportedAt: '2025-03-14T09:30:00.000Z' });
  });

  it('carries the rate card and the brand, logo included', () => {
    const logo = checkLogo(solidPng(40, 20));
    if (!logo.ok) throw new Error(logo.error);
    const rateCard = { ...defaultAssumptions, gapAnalysisDays: { low: 11, high: 33 } };
    const brand = { firmName: 'Ledger & Lamp', contact: 'hello@ledger.example', disclaimer: 'Indicative.', accent: '#0b5cad', logo: logo.value };
    const actual = parseBackupFile(toBackupJson(entries, catalogVersion, fixtureNow, { rateCard, brand }));
    expect(actual).toMatchObject({ ok: true, settings: { rateCard, brand } });
  });

  it('still reads a format-1 backup, made before backups carried settings', () => {
    const older = JSON.parse(toBackupJson(entries, catalogVersion, fixtureNow)) as Record<string, unknown>;
    delete older.settings;
    older.formatVersion = 1;
    const actual = parseBackupFile(JSON.stringify(older));
    expect(actual).toMatchObject({ ok: true, settings: {} });
    expect(actual.ok && actual.assessments).toHaveLength(2);
  });

  it.each([
    ['a rate card with a low above its high', { rateCard: { ...defaultAssumptions, gapAnalysisDays: { low: 9, high: 1 } } }, /^This file is not a backup from this tool: the rate card in the file: low must not exceed high\.$/],
    ['an incomplete rate card', { rateCard: { gapAnalysisDays: { low: 9, high: 1 } } }, /the rate card in the file is incomplete \(and \d+ more problems\)/],
    ['a brand whose logo is an SVG', { brand: { firmName: 'x', contact: '', disclaimer: '', accent: '', logo: { base64: btoa('<svg onload=alert(1)>') } } }, /PNG or JPEG/],
    ['a brand with a pale accent', { brand: { firmName: 'x', contact: '', disclaimer: '', accent: '#ffff66' } }, /against white/],
  ])('refuses a backup with %s', (_, settings, expected) => {
    const backup = JSON.parse(toBackupJson(entries, catalogVersion, fixtureNow)) as Record<string, unknown>;
    const actual = parseBackupFile(JSON.stringify({ ...backup, settings }));
    expect(actual).toEqual({ ok: false, error: expect.stringMatching(expected) });
  });

  it.each<[string, string, string | RegExp]>([
    ['a single export', exported, /its "format" is "iso27001-readiness\/assessment", expected "iso27001-readiness\/backup"/],
    ['the same id twice', toBackupJson([entries[0]!, entries[0]!], catalogVersion, fixtureNow), /^This file is not a backup from this tool: the id of assessment 2 is the same as an earlier assessment's \(“0f8c2a4e-3b1d-4c5e-9f6a-7b8c9d0e1f2a”\)\.$/],
    ['a bad entry', toBackupJson([entries[0]!, { ...entries[1]!, assessment: { ...entries[1]!.assessment, employees: -1 } }], catalogVersion, fixtureNow), /the headcount of assessment 2 must be at least 1/],
    ['a cut-off file', toBackupJson(entries, catalogVersion, fixtureNow).slice(0, -40), /not valid JSON/],
  ])('refuses %s', (_, text, expected) => {
    const actual = parseBackupFile(text);
    expect(actual.ok).toBe(false);
    if (!actual.ok) expect(actual.error).toMatch(expected);
  });
});
