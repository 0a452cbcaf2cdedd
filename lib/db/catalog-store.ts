/**
 * The catalog's copy in IndexedDB. Pages read it from here, so the popup need not bundle the catalog's
 * text or its validator. Its version also sits in a small settings row, so that checking whether the stored
 * catalog is current does not read the whole catalog.
 */
import type { Catalog } from '../catalog';
import type { CatalogRecord, ReadinessDatabase } from './database';

const versionKey = 'catalog-version';

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (check: Check, minimum = 0): Check => (value) => Array.isArray(value) && value.length >= minimum && value.every(check);
const shaped = (fields: Record<string, Check>): Check => (value) =>
  isObject(value) && Object.entries(fields).every(([field, check]) => check(value[field]));
const text: Check = (value) => typeof value === 'string';
const question = shaped({ id: text, text, help: text, section: text, covers: listOf(text, 1) });
const catalogShape = shaped({
  version: text,
  groups: listOf(shaped({ id: text, title: text, kind: text })),
  items: listOf(
    shaped({ id: text, kind: text, group: text, title: text, question: text, help: text, evidence: listOf(text), effort: text, weight: (value) => typeof value === 'number', newIn2022: (value) => typeof value === 'boolean' }),
    1,
  ),
  mandatoryDocuments: listOf(shaped({ id: text, title: text, item: text, reference: text, why: text })),
  commonGaps: listOf(shaped({ id: text, title: text, description: text, items: listOf(text) })),
  questionSets: shaped({ quick: listOf(question, 1), standard: listOf(question, 1), full: listOf(question, 1) }),
});

/**
 * Whether a stored catalog row is whole enough for the pages to use (of `version`, when given). This checks the
 * shape every page relies on, not the full schema of lib/catalog.ts: that one costs tens of milliseconds and the
 * catalog's data, and this runs at every page start. A row that fails is replaced by the bundled catalog.
 */
export function usableCatalog(record: unknown, version?: string): record is CatalogRecord {
  return (
    isObject(record) &&
    record.key === 'current' &&
    typeof record.version === 'string' &&
    (version === undefined || record.version === version) &&
    catalogShape(record.catalog)
  );
}

export async function readStoredCatalog(db: ReadinessDatabase): Promise<CatalogRecord | undefined> {
  return db.catalog.get('current');
}

export async function readStoredCatalogVersion(db: ReadinessDatabase): Promise<string | undefined> {
  return (await db.settings.get(versionKey))?.value as string | undefined;
}

/** Whether the stored catalog is `version` and whole: the version setting alone cannot say that the row is there. */
export async function storedCatalogIsCurrent(db: ReadinessDatabase, version: string): Promise<boolean> {
  return (await readStoredCatalogVersion(db)) === version && usableCatalog(await readStoredCatalog(db), version);
}

/**
 * Writes the catalog when the stored one has another version, is missing or is damaged. Returns whether it
 * wrote. Answers live in their own table and are never touched here.
 */
export async function syncCatalog(db: ReadinessDatabase, catalog: Catalog, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.catalog, db.settings, async () => {
    if (await storedCatalogIsCurrent(db, catalog.version)) return false;
    await db.catalog.put({ key: 'current', version: catalog.version, catalog, storedAt: now });
    await db.settings.put({ key: versionKey, value: catalog.version });
    return true;
  });
}
