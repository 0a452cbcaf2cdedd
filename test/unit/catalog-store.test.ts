import { effect } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { loadCatalog } from '../../lib/catalog';
import { readAnswers, saveAnswer } from '../../lib/db/answers';
import { createAssessment } from '../../lib/db/assessments';
import { readStoredCatalog, storedCatalogIsCurrent, syncCatalog, usableCatalog } from '../../lib/db/catalog-store';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { storeBundledCatalog } from '../../lib/db/seed';
import { resolveItemAnswers } from '../../lib/questionnaire';
import { createWorkspace } from '../../lib/state/workspace';

let db: ReadinessDatabase;
const fresh = () => (db = openDatabase(`test-${crypto.randomUUID()}`));
afterEach(async () => db?.delete());

describe('the catalog in IndexedDB', () => {
  it('is written on first load with its version', async () => {
    fresh();
    expect(await storeBundledCatalog(db)).toBe(true);
    const stored = await readStoredCatalog(db);
    expect(stored?.version).toBe(loadCatalog().version);
    expect(stored?.catalog.items).toHaveLength(123);
  });

  it('loading it twice changes nothing', async () => {
    fresh();
    await syncCatalog(db, loadCatalog(), 1_000);
    const wroteAgain = await syncCatalog(db, loadCatalog(), 2_000);
    expect(wroteAgain).toBe(false);
    expect((await readStoredCatalog(db))?.storedAt).toBe(1_000);
  });

  it('a version bump reloads it and leaves every answer intact', async () => {
    fresh();
    const catalog = loadCatalog();
    await syncCatalog(db, catalog);
    const assessment = await createAssessment(db, { organization: 'Acme', employees: 120, sector: 'Other' });
    await saveAnswer(db, assessment.id, '6.1.2', { level: 2, note: 'risk register in a spreadsheet' });
    await saveAnswer(db, assessment.id, 'quick.backup', { level: 3 });
    const before = await readAnswers(db, assessment.id);

    const bumped = { ...catalog, version: `${catalog.version}-next` };
    expect(await syncCatalog(db, bumped)).toBe(true);

    expect((await readStoredCatalog(db))?.version).toBe(bumped.version);
    expect(await readAnswers(db, assessment.id)).toEqual(before);
    expect(await db.assessments.count()).toBe(1);
  });

  it('the update to catalog 2022.2.0 (Amendment 1) keeps every answer given under 2022.1.0, and they still count', async () => {
    fresh();
    const current = loadCatalog();
    // What an installed copy holds before the update: the first catalog, without retired questions or suggestions.
    const { retiredQuestions: _retired, ...first } = {
      ...current,
      version: '2022.1.0',
      items: current.items.map(({ inclusion: _inclusion, ...item }) => item),
    };
    await syncCatalog(db, first, 1_000);
    const assessment = await createAssessment(db, { organization: 'Acme', employees: 120, sector: 'Other' });
    await saveAnswer(db, assessment.id, 'quick.access-management', { level: 3, owner: 'IT' });
    await saveAnswer(db, assessment.id, 'quick.scope-context', { level: 2, note: 'scope drafted' });
    await saveAnswer(db, assessment.id, 'A.8.13', { level: 'na', justification: 'No data of our own' });
    const before = await readAnswers(db, assessment.id);

    expect(await storeBundledCatalog(db)).toBe(true);

    const stored = (await readStoredCatalog(db))!;
    expect(stored.version).toBe(catalogVersion);
    expect(stored.catalog.items.find((item) => item.id === '4.1')?.question).toMatch(/climate/);
    expect(await readAnswers(db, assessment.id)).toEqual(before);
    const resolved = resolveItemAnswers(stored.catalog, before);
    expect(resolved['A.8.5']).toMatchObject({ answer: { level: 3, owner: 'IT' }, origin: 'quick' });
    expect(resolved['4.1']?.answer).toEqual({ level: 2, note: 'scope drafted' });
    expect(resolved['A.8.13']?.answer.level).toBe('na');
  });
});

describe('a stored catalog that is missing or damaged heals (issue 16, findings 4 and 6)', () => {
  const catalog = loadCatalog();
  /** The version setting says the catalog is current; the row itself is replaced by `row` (or removed). */
  async function storedWith(row: unknown) {
    fresh();
    await syncCatalog(db, catalog, 1_000);
    if (row === undefined) await db.catalog.delete('current');
    else await db.catalog.put(row as never);
  }
  const damaged: Array<[string, unknown]> = [
    ['missing', undefined],
    ['no catalog', { key: 'current', version: catalog.version, storedAt: 1 }],
    ['catalog null', { key: 'current', version: catalog.version, catalog: null, storedAt: 1 }],
    ['catalog a string', { key: 'current', version: catalog.version, catalog: 'garbage', storedAt: 1 }],
    ['no items', { key: 'current', version: catalog.version, catalog: { ...catalog, items: undefined }, storedAt: 1 }],
    ['no question sets', { key: 'current', version: catalog.version, catalog: { ...catalog, questionSets: {} }, storedAt: 1 }],
    ['an item without a title', { key: 'current', version: catalog.version, catalog: { ...catalog, items: [{ ...catalog.items[0], title: 5 }, ...catalog.items.slice(1)] }, storedAt: 1 }],
    ['a question covering nothing', { key: 'current', version: catalog.version, catalog: { ...catalog, questionSets: { ...catalog.questionSets, quick: [{ ...catalog.questionSets.quick[0], covers: 'A.5.1' }] } }, storedAt: 1 }],
  ];

  it('the bundled catalog is usable; every damaged row is not', () => {
    expect(usableCatalog({ key: 'current', version: catalog.version, catalog, storedAt: 1 }, catalog.version)).toBe(true);
    for (const [name, row] of damaged) expect(usableCatalog(row), name).toBe(false);
  });

  it.each(damaged)('%s: loading the bundled catalog again writes it back, answers untouched', async (_name, row) => {
    await storedWith(row);
    const assessment = await createAssessment(db, { organization: 'Acme', employees: 120, sector: 'Other' });
    await saveAnswer(db, assessment.id, '6.1.2', { level: 2, note: 'kept' });
    expect(await storedCatalogIsCurrent(db, catalog.version)).toBe(false);
    expect(await storeBundledCatalog(db)).toBe(true);
    expect((await readStoredCatalog(db))?.catalog).toEqual(catalog);
    expect(await readAnswers(db, assessment.id)).toEqual({ '6.1.2': { level: 2, note: 'kept' } });
  });

  it.each(damaged)('%s: a page opening on it shows the bundled catalog once healed, and never a damaged one', async (_name, row) => {
    await storedWith(row);
    const workspace = createWorkspace(db);
    const seen: unknown[] = [];
    const stop = effect(() => void seen.push(workspace.catalog.value));
    await workspace.ensureCatalog();
    await expect.poll(() => workspace.catalog.value?.version).toBe(catalog.version);
    expect(seen.filter((value) => value !== undefined).every((value) => usableCatalog({ key: 'current', version: catalog.version, catalog: value }))).toBe(true);
    expect(workspace.catalogProblem.value).toBeUndefined();
    stop();
    workspace.dispose();
  });

  it('when the catalog cannot be written back, the page says so instead of waiting forever', async () => {
    await storedWith(undefined);
    db.catalog.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const workspace = createWorkspace(db);
    await workspace.ensureCatalog();
    expect(workspace.catalogProblem.value).toMatch(/The question catalog could not be saved: this browser has no storage space left/);
    workspace.dispose();
  });
});
