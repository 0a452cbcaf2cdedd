/**
 * The catalog's copy in IndexedDB. Pages read it from here, so the popup need not bundle the catalog's
 * text or its validator. Its version also sits in a small settings row, so that checking whether the stored
 * catalog is current does not read the whole catalog.
 */
import type { Catalog } from '../catalog';
import type { CatalogRecord, ReadinessDatabase } from './database';

const versionKey = 'catalog-version';

export async function readStoredCatalog(db: ReadinessDatabase): Promise<CatalogRecord | undefined> {
  return db.catalog.get('current');
}

export async function readStoredCatalogVersion(db: ReadinessDatabase): Promise<string | undefined> {
  return (await db.settings.get(versionKey))?.value as string | undefined;
}

/**
 * Writes the catalog when the stored one has another version (or none). Returns whether it wrote.
 * Answers live in their own table and are never touched here.
 */
export async function syncCatalog(db: ReadinessDatabase, catalog: Catalog, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.catalog, db.settings, async () => {
    if ((await readStoredCatalogVersion(db)) === catalog.version && (await db.catalog.count()) > 0) return false;
    await db.catalog.put({ key: 'current', version: catalog.version, catalog, storedAt: now });
    await db.settings.put({ key: versionKey, value: catalog.version });
    return true;
  });
}
