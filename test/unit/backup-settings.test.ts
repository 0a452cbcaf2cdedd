/**
 * The backup keeps the rate card and the brand with the assessments (issue 14): they come back in another
 * browser, a different one already there is never overwritten, and a failed restore leaves them untouched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkLogo } from '../../lib/brand';
import { loadCatalog } from '../../lib/catalog';
import { saveAnswer } from '../../lib/db/answers';
import { createAssessment } from '../../lib/db/assessments';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { readSetting } from '../../lib/db/settings';
import { defaultAssumptions } from '../../lib/estimate';
import { assumptionsKey, createAssumptionsState } from '../../lib/state/assumptions';
import { brandKey, createBrandState } from '../../lib/state/brand';
import { createTransfer } from '../../lib/state/transfer';
import { solidPng } from '../fixtures/images';
import { fixtureNow } from '../fixtures/report';

const databases: ReadinessDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete();
});
const fresh = () => {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  databases.push(db);
  return db;
};

const logo = checkLogo(solidPng(48, 24));
if (!logo.ok) throw new Error(logo.error);
const brand = { firmName: 'Ledger & Lamp <Advisory>', contact: 'hello@ledger.example', disclaimer: 'Indicative only.', accent: '#0b5cad', logo: logo.value };
const rateCard = { ...defaultAssumptions, gapAnalysisDays: { low: 11, high: 33 } };
const clock = () => fixtureNow;
const catalog = loadCatalog();
const file = (text: string) => new Blob([text], { type: 'application/json' });

async function consultantsBrowser() {
  const db = fresh();
  const assessment = await createAssessment(db, { organization: 'Northwind', employees: 40, sector: 'Retail' }, 1);
  await saveAnswer(db, assessment.id, 'quick.documents', { level: 3 }, 2);
  expect(await createAssumptionsState(db).save(rateCard)).toEqual([]);
  expect(await createBrandState(db).save(brand)).toBeUndefined();
  return db;
}

describe('a backup with the rate card and the brand', () => {
  it('restores both into a browser that has neither, logo bytes and all', async () => {
    const backup = await createTransfer(await consultantsBrowser(), clock).backupJson('2022.1');
    expect(backup.settings).toEqual({ rateCard, brand });
    const other = fresh();
    const outcome = await createTransfer(other, clock).restoreFile(file(backup.text), catalog);
    expect(outcome).toMatchObject({ ok: true, total: 1, settings: { rateCard: 'restored', brand: 'restored' } });
    expect(await readSetting(other, assumptionsKey)).toEqual(rateCard);
    expect(await readSetting(other, brandKey)).toEqual({ ...brand, logo: { bytes: brand.logo.bytes } });
  });

  it('says the settings are the same when restored where they came from', async () => {
    const db = await consultantsBrowser();
    const backup = await createTransfer(db, clock).backupJson('2022.1');
    const outcome = await createTransfer(db, clock).restoreFile(file(backup.text), catalog);
    expect(outcome).toMatchObject({ ok: true, settings: { rateCard: 'unchanged', brand: 'unchanged' } });
  });

  it('never overwrites a different rate card or brand already here', async () => {
    const backup = await createTransfer(await consultantsBrowser(), clock).backupJson('2022.1');
    const other = fresh();
    const own = { ...defaultAssumptions, gapAnalysisDays: { low: 1, high: 2 } };
    await createAssumptionsState(other).save(own);
    await createBrandState(other).save({ ...brand, firmName: 'Someone else', logo: undefined });
    const outcome = await createTransfer(other, clock).restoreFile(file(backup.text), catalog);
    expect(outcome).toMatchObject({ ok: true, settings: { rateCard: 'kept-yours', brand: 'kept-yours' } });
    expect(await readSetting(other, assumptionsKey)).toEqual(own);
    expect(await readSetting(other, brandKey)).toMatchObject({ firmName: 'Someone else' });
  });

  it('leaves the settings untouched when the restore fails', async () => {
    const backup = await createTransfer(await consultantsBrowser(), clock).backupJson('2022.1');
    const other = fresh();
    const original = other.answers.bulkAdd.bind(other.answers);
    other.answers.bulkAdd = (() => Promise.reject(new Error('quota'))) as never;
    // A failed write is reported, not thrown (lib/state/write-problem.ts), and the whole restore is undone.
    expect(await createTransfer(other, clock).restoreFile(file(backup.text), catalog)).toEqual({ ok: false, error: expect.stringContaining('quota') });
    other.answers.bulkAdd = original;
    expect(await readSetting(other, assumptionsKey)).toBeUndefined();
    expect(await readSetting(other, brandKey)).toBeUndefined();
    expect(await other.assessments.count()).toBe(0);
  });

  it('is left out when nothing was set', async () => {
    const db = fresh();
    await createAssessment(db, { organization: 'Plain', employees: 5, sector: 'Retail' }, 1);
    const backup = await createTransfer(db, clock).backupJson('2022.1');
    expect(JSON.parse(backup.text).settings).toEqual({});
  });
});
