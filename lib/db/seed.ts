/**
 * Loads the bundled, validated catalog into IndexedDB. Kept apart from catalog-store.ts so that pages
 * which only read the stored catalog do not bundle the catalog data and Zod.
 */
import { loadCatalog } from '../catalog';
import { syncCatalog } from './catalog-store';
import { openDatabase, type ReadinessDatabase } from './database';

export async function storeBundledCatalog(db: ReadinessDatabase = openDatabase()): Promise<boolean> {
  return syncCatalog(db, loadCatalog());
}
