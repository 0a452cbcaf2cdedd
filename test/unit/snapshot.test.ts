import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/catalog';
import { readAnswers, saveAnswer } from '../../lib/db/answers';
import { createAssessment, deleteAssessment, getAssessment } from '../../lib/db/assessments';
import { syncCatalog } from '../../lib/db/catalog-store';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { currentAssessmentKey, writeSetting } from '../../lib/db/settings';
import { readPopupSnapshot } from '../../lib/db/snapshot';

let db: ReadinessDatabase | undefined;
afterEach(async () => db?.delete());

async function seeded() {
  const name = `snapshot-${crypto.randomUUID()}`;
  db = openDatabase(name);
  await syncCatalog(db, loadCatalog());
  const assessment = await createAssessment(db, { organization: 'Acme', employees: 80, sector: 'Other' });
  await writeSetting(db, currentAssessmentKey, assessment.id);
  await saveAnswer(db, assessment.id, 'quick.scope', { level: 2 });
  await saveAnswer(db, assessment.id, 'A.7.4', { level: 'na', justification: 'remote', note: 'no office' });
  return { name, assessment };
}

describe("the popup's read of IndexedDB", () => {
  it('gives the same assessment, answers and catalog as the Dexie repositories', async () => {
    const { name, assessment } = await seeded();
    const actual = await readPopupSnapshot(name);
    expect(actual?.assessment).toEqual(await getAssessment(db!, assessment.id));
    expect(actual?.answers).toEqual(await readAnswers(db!, assessment.id));
    expect(actual?.catalog?.version).toBe(loadCatalog().version);
  });

  it('shows no assessment once the current one is deleted', async () => {
    const { name, assessment } = await seeded();
    await deleteAssessment(db!, assessment.id);
    expect(await readPopupSnapshot(name)).toMatchObject({ assessment: undefined, answers: {} });
  });

  it('neither finds nor creates a database that does not exist', async () => {
    const name = `missing-${crypto.randomUUID()}`;
    expect(await readPopupSnapshot(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((info) => info.name)).not.toContain(name);
    // Dexie can still create it afterwards with its full schema.
    db = openDatabase(name);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toContain('assessments');
  });
});
