/**
 * A Dexie liveQuery held in a signal: the query re-runs whenever the tables it read change, in this page or
 * in any other page of the extension (side panel and app tab stay in sync this way).
 *
 * Dexie and the database load after a page's first screen (lib/state/database.ts): the signal holds its initial
 * value until both are there, then follows the query.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { ReadinessDatabase } from '../db/database';
import { afterFirstScreen } from './later';

/** The page's database, or the promise of it while Dexie loads. */
export type DatabaseHandle = ReadinessDatabase | Promise<ReadinessDatabase>;

export interface LiveSignal<T> {
  value: ReadonlySignal<T>;
  /** True once the first result from IndexedDB arrived (a value given at the start does not count). */
  ready: ReadonlySignal<boolean>;
  dispose: () => void;
}

export function liveSignal<T>(db: DatabaseHandle, query: (db: ReadinessDatabase) => Promise<T>, initial: T): LiveSignal<T> {
  const value = signal(initial);
  const ready = signal(false);
  let disposed = false;
  let subscription: { unsubscribe: () => void } | undefined;
  void Promise.all([db, afterFirstScreen(() => import('dexie'))]).then(([database, { liveQuery }]) => {
    if (disposed) return;
    subscription = liveQuery(() => query(database)).subscribe({
      next: (result) => {
        value.value = result;
        ready.value = true;
      },
      error: (error: unknown) => console.error('Live query failed', error),
    });
  });
  return {
    value,
    ready,
    dispose: () => {
      disposed = true;
      subscription?.unsubscribe();
    },
  };
}
