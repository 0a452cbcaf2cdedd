import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalogVersion } from '../../data/catalog/version';
import { loadCatalog } from '../../lib/catalog';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import { syncCatalog } from '../../lib/db/catalog-store';
import { createWorkspace } from '../../lib/state/workspace';

let db: ReadinessDatabase;
afterEach(async () => db?.delete());

// IndexedDB answers in milliseconds on an idle machine; the generous limits are for a busy one.
describe('the workspace after an upgrade', { timeout: 30_000 }, () => {
  it('scores nothing with a catalog an older version stored, and scores again once the current one replaces it', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    // What an older version left behind: its own version, and none of the Annex A documents scoring now reads.
    const { annexADocuments: _dropped, ...older } = { ...loadCatalog(), version: '2022.1.0' };
    await syncCatalog(db, older as never);
    const workspace = createWorkspace(db);

    await vi.waitFor(() => expect(workspace.ready.value).toBe(true), { timeout: 15_000 });
    expect(workspace.catalog.value).toBeUndefined();
    expect(workspace.score.value).toBeUndefined();

    await workspace.ensureCatalog();
    await vi.waitFor(() => expect(workspace.catalog.value?.version).toBe(catalogVersion), { timeout: 15_000 });
    // Nothing answered: the 17 mandatory entries; Annex A documents join once their controls are answered.
    expect(workspace.score.value?.stage1Checked).toBe(17);
  });
});
