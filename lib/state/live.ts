/**
 * A Dexie liveQuery held in a signal: the query re-runs whenever the tables it read change, in this page or
 * in any other page of the extension (side panel and app tab stay in sync this way).
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';

export interface LiveSignal<T> {
  value: ReadonlySignal<T>;
  /** True once the first result from IndexedDB arrived (a value given at the start does not count). */
  ready: ReadonlySignal<boolean>;
  dispose: () => void;
}

export function liveSignal<T>(query: () => Promise<T>, initial: T): LiveSignal<T> {
  const value = signal(initial);
  const ready = signal(false);
  const subscription = liveQuery(query).subscribe({
    next: (result) => {
      value.value = result;
      ready.value = true;
    },
    error: (error: unknown) => console.error('Live query failed', error),
  });
  return { value, ready, dispose: () => subscription.unsubscribe() };
}
