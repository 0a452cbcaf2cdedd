/**
 * The catalog's copy in IndexedDB. Pages read it from here, so the popup need not bundle the catalog's
 * text or its validator.
 */
import type { Catalog } from '../catalog';
import type { CatalogRecord, ReadinessDatabase } from './database';

export async function readStoredCatalog(db: ReadinessDatabase): Promise<CatalogRecord | undefined> {
  return db.catalog.get('current');
}

/**
 * Writes the catalog when the stored one has another version (or none). Returns whether it wrote.
 * Answers live in their own table and are never touched here.
 */
export async function syncCatalog(db: ReadinessDatabase, catalog: Catalog, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.catalog, async () => {
    const stored = await db.catalog.get('current');
    if (stored?.version === catalog.version) return false;
    await db.catalog.put({ key: 'current', version: catalog.version, catalog, storedAt: now });
    return true;
  });
}
