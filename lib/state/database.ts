/**
 * The page's one connection to IndexedDB, and what to do when it cannot open (e.g. Firefox in permanent
 * private browsing, where IndexedDB is refused).
 */
import { signal } from '@preact/signals';
import { openDatabase, type ReadinessDatabase } from '../db/database';

export type DatabaseStatus = { state: 'opening' } | { state: 'open' } | { state: 'failed'; reason: string };

let shared: ReadinessDatabase | undefined;
export const databaseStatus = signal<DatabaseStatus>({ state: 'opening' });

export function pageDatabase(): ReadinessDatabase {
  if (shared) return shared;
  const db = openDatabase();
  shared = db;
  // Another page upgraded the schema: this page's code is older than the data, so start afresh.
  db.on('versionchange', () => {
    db.close();
    location.reload();
    return false;
  });
  db.open().then(
    () => (databaseStatus.value = { state: 'open' }),
    (error: unknown) => (databaseStatus.value = { state: 'failed', reason: describeOpenError(error) }),
  );
  return db;
}

function describeOpenError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError') {
    return 'This browser refuses local storage here, which happens in private browsing. Open the extension in a normal window to keep your assessments.';
  }
  if (name === 'VersionError') {
    return 'Your saved data comes from a newer version of this extension. Update the extension to open it; nothing has been changed.';
  }
  return `Your saved assessments could not be opened (${error instanceof Error ? error.message : String(error)}). Nothing has been changed.`;
}
