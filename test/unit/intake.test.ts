import { afterEach, describe, expect, it } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { createAssessment, getAssessment, updateAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { readBackup, restoreBackup } from '../../lib/db/transfer';
import { parseBackupFile, toBackupJson } from '../../lib/exports/backup';
import { parseAssessmentFile, toJson } from '../../lib/exports/json';
import { checkIntake, inputOf, regulationHints, type Intake, type IntakeInput } from '../../lib/intake';
import { checkAssessments } from '../../lib/stored-records';
import { fixtureNow, fixtureRecord } from '../fixtures/report';

const today = '2026-12-02';
const none: IntakeInput = { certifications: {}, frameworks: [] };

describe('checking the intake', () => {
  it('keeps what was ticked, in a fixed order, with dates where given', () => {
    const actual = checkIntake(
      {
        certifications: { 'soc2-type2': { issued: '' }, 'iso27001-2022': { issued: ' 2024-03-01 ' } },
        frameworks: ['nist-csf-2', 'nist-csf-2'],
        nis2: 'yes',
      },
      today,
    );
    const expected: Intake = {
      certifications: [{ kind: 'iso27001-2022', issued: '2024-03-01' }, { kind: 'soc2-type2' }],
      frameworks: ['nist-csf-2'],
      nis2: 'yes',
    };
    expect(actual).toEqual({ ok: true, intake: expected });
  });

  it.each([
    ['iso27001-2022', '', 'Give the day the ISO/IEC 27001:2022 certificate was issued'],
    ['iso27001-2013', '', 'Give the day the ISO/IEC 27001:2013 certificate was issued'],
    ['iso27001-2022', '2024-02-30', 'not a real day'],
    ['iso27001-2022', '01/03/2024', 'not a real day'],
    ['iso27001-2022', '2026-12-03', 'cannot be dated in the future'],
    ['iso27001-2022', '2022-10-24', 'cannot be older than that edition'],
    ['iso27001-2013', '2012-01-01', 'cannot be older than that edition'],
    ['soc2-type1', '2030-01-01', 'cannot be dated in the future'],
  ] as const)('refuses %s issued "%s", beside that certificate', (kind, issued, expected) => {
    const actual = checkIntake({ ...none, certifications: { [kind]: { issued } } }, today);
    expect(actual.ok).toBe(false);
    expect(!actual.ok && Object.keys(actual.errors)).toEqual([kind]);
    expect(!actual.ok && actual.errors[kind]).toContain(expected);
  });

  it.each([
    ['iso27001-2022', '2022-10-25'],
    ['iso27001-2022', today],
    ['soc2-type2', ''],
    ['cyber-essentials', ''],
  ] as const)('accepts %s issued "%s"', (kind, issued) => {
    expect(checkIntake({ ...none, certifications: { [kind]: { issued } } }, today).ok).toBe(true);
  });

  it('gives the form back what was stored', () => {
    const intake: Intake = { certifications: [{ kind: 'iso27001-2013', issued: '2020-05-04' }], frameworks: ['nist-csf-2'], dora: 'no' };
    const actual = checkIntake(inputOf(intake), today);
    expect(actual).toEqual({ ok: true, intake });
  });
});

describe('NIS2 and DORA suggestions from sector and size', () => {
  it.each([
    ['Healthcare', 250, 'likely', 'unlikely'],
    ['Healthcare', 49, 'unlikely', 'unlikely'],
    ['Telecommunications', 10, 'likely', 'unlikely'],
    ['Financial services', 20, 'unlikely', 'likely'],
    ['Financial services', 500, 'likely', 'likely'],
    ['Software and SaaS', 120, 'likely', 'possible'],
    ['Manufacturing', 300, 'possible', 'unlikely'],
    ['Professional services', 300, 'unlikely', 'unlikely'],
    ['Other', 5_000, 'unlikely', 'unlikely'],
  ] as const)('%s with %i people: NIS2 %s, DORA %s', (sector, employees, nis2, dora) => {
    const [nis2Hint, doraHint] = regulationHints(sector, employees);
    expect([nis2Hint!.likelihood, doraHint!.likelihood]).toEqual([nis2, dora]);
    expect(nis2Hint!.reason.length).toBeGreaterThan(20);
    expect(doraHint!.reason.length).toBeGreaterThan(20);
  });
});

describe('the intake travels with the assessment', () => {
  const intake: Intake = {
    certifications: [{ kind: 'iso27001-2022', issued: '2024-03-01' }, { kind: 'soc2-type2', issued: '2025-06-30' }],
    frameworks: ['nist-csf-2'],
    nis2: 'yes',
    dora: 'no',
  };
  const record = { ...fixtureRecord, intake };
  let db: ReadinessDatabase | undefined;
  afterEach(async () => db?.delete());

  it('through a JSON export and back', () => {
    const actual = parseAssessmentFile(toJson(record, {}, catalogVersion, fixtureNow));
    expect(actual.ok && actual.assessment.record.intake).toEqual(intake);
  });

  it.each([
    ['an unknown certification', { ...intake, certifications: [{ kind: 'pci-dss' }] }],
    ['a certification twice', { ...intake, certifications: [{ kind: 'soc2-type1' }, { kind: 'soc2-type1' }] }],
    ['a date in another form', { ...intake, certifications: [{ kind: 'iso27001-2022', issued: '1 March 2024' }] }],
    ['an unknown field', { ...intake, pci: true }],
    ['a decision that is not yes or no', { ...intake, nis2: 'maybe' }],
  ])('refuses an export with %s in its intake', (_, bad) => {
    const actual = parseAssessmentFile(toJson({ ...record, intake: bad as Intake }, {}, catalogVersion, fixtureNow));
    expect(actual.ok).toBe(false);
    expect(!actual.ok && actual.error).toContain('head start details');
  });

  it('through a backup and a restore into an empty database', async () => {
    db = openDatabase(`intake-${crypto.randomUUID()}`);
    const created = await createAssessment(db, { organization: 'Fabrikam', employees: 80, sector: 'Healthcare', intake }, 1_000);
    const backup = toBackupJson(await readBackup(db), catalogVersion, fixtureNow);
    const parsed = parseBackupFile(backup);
    expect(parsed.ok).toBe(true);
    await db.delete();
    db = openDatabase(`intake-${crypto.randomUUID()}`);
    await restoreBackup(db, parsed.ok ? parsed.assessments : []);
    expect((await readBackup(db)).map((entry) => entry.assessment.intake)).toEqual([intake]);
    expect(created.intake).toEqual(intake);
  });

  it('is added, changed and cleared later, and an old record without one still reads', async () => {
    db = openDatabase(`intake-${crypto.randomUUID()}`);
    const created = await createAssessment(db, { organization: 'Contoso', employees: 40, sector: 'Other' }, 1_000);
    expect(created.intake).toBeUndefined();
    expect(checkAssessments([created]).damaged).toEqual([]);
    await updateAssessment(db, created.id, { intake }, 2_000);
    expect((await getAssessment(db, created.id))?.intake).toEqual(intake);
    await updateAssessment(db, created.id, { intake: undefined }, 3_000);
    const cleared = await getAssessment(db, created.id);
    expect(cleared && 'intake' in cleared).toBe(false);
    expect(cleared?.organization).toBe('Contoso');
  });
});
