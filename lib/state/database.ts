/**
 * The page's one connection to IndexedDB, and what to do when it cannot open (e.g. Firefox in permanent
 * private browsing, where IndexedDB is refused). Dexie loads with it, after the first screen: a page draws that
 * from what the last page saw (lib/state/first-screen.ts) and needs neither to do so.
 */
import { signal } from '@preact/signals';
import type { ReadinessDatabase } from '../db/database';
import { describeOpenError } from '../db/open-error';
import { afterFirstScreen } from './later';

export type DatabaseStatus = { state: 'opening' } | { state: 'open' } | { state: 'failed'; reason: string };

let shared: Promise<ReadinessDatabase> | undefined;
export const databaseStatus = signal<DatabaseStatus>({ state: 'opening' });

export function pageDatabase(): Promise<ReadinessDatabase> {
  shared ??= afterFirstScreen(() => import('../db/database')).then(({ openDatabase }) => {
    const db = openDatabase();
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
  });
  shared.catch((error: unknown) => (databaseStatus.value = { state: 'failed', reason: describeOpenError(error) }));
  return shared;
}
