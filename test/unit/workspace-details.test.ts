/**
 * Details typed before the page shows the answer (issue 13 item 4, issue 16 finding 1): kept by the workspace for
 * as long as the page is open and written once the answer is stored, whichever page stores it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../lib/catalog';
import { readAnswers, saveLevel } from '../../lib/db/answers';
import { syncCatalog } from '../../lib/db/catalog-store';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { createWorkspace } from '../../lib/state/workspace';

let databases: ReadinessDatabase[] = [];
afterEach(async () => {
  for (const db of databases.slice(1)) db.close();
  await databases[0]?.delete();
  databases = [];
});

/** A page's workspace on a fresh database with one assessment open, and a second page's connection to it. */
async function openWorkspace() {
  const name = `test-${crypto.randomUUID()}`;
  const db = openDatabase(name);
  const other = openDatabase(name);
  databases = [db, other];
  await syncCatalog(db, loadCatalog());
  const workspace = createWorkspace(db);
  await vi.waitFor(() => expect(workspace.ready.value).toBe(true), { timeout: 15_000 });
  expect(await workspace.create({ organization: 'Woodgrove', employees: 40, sector: 'Finance' })).toBeTruthy();
  await vi.waitFor(() => expect(workspace.current.value !== undefined && workspace.answersLoaded.value).toBe(true), { timeout: 15_000 });
  const id = workspace.current.value!.id;
  return { workspace, other, id, stored: async () => (await readAnswers(db, id))['A.5.1'] };
}

describe('details typed before the answer', { timeout: 30_000 }, () => {
  it('wait for the answer, then go with it, even when another page gives it', async () => {
    const { workspace, other, id, stored } = await openWorkspace();
    workspace.keepDetails('A.5.1', { note: 'Policy drafted' });
    workspace.keepDetails('A.5.1', { owner: 'Priya' });
    // Nothing to add them to yet: nothing is created.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored()).toBeUndefined();
    await saveLevel(other, id, 'A.5.1', 2);
    await vi.waitFor(async () => expect(await stored()).toEqual({ level: 2, note: 'Policy drafted', owner: 'Priya' }), { timeout: 15_000 });
    workspace.dispose();
  });

  it('are written at once when the answer is stored but the page has not seen it yet', async () => {
    const { workspace, other, id, stored } = await openWorkspace();
    await saveLevel(other, id, 'A.5.1', 1);
    workspace.keepDetails('A.5.1', { owner: 'Dana' });
    await vi.waitFor(async () => expect(await stored()).toEqual({ level: 1, owner: 'Dana' }), { timeout: 15_000 });
    workspace.dispose();
  });

  it('that can never be stored say why, once', async () => {
    const { workspace, other, id } = await openWorkspace();
    await saveLevel(other, id, '4.1', 1);
    const refused = vi.fn();
    // A clause has no place in the Statement of Applicability.
    workspace.keepDetails('4.1', { inclusionReason: 'contract' }, refused);
    await vi.waitFor(() => expect(refused).toHaveBeenCalledTimes(1), { timeout: 15_000 });
    expect(refused.mock.calls[0]![0]).toMatch(/^Clause 4\.1 is not an Annex A control/);
    workspace.dispose();
  });
});
