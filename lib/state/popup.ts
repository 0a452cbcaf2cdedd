/**
 * The popup's one read: a plain snapshot of the current assessment, without Dexie or live queries, because the
 * popup closes as soon as it loses focus and must open fast (lib/db/snapshot.ts).
 */
import { describeOpenError } from '../db/open-error';
import { readPopupSnapshot, type PopupSnapshot } from '../db/snapshot';

export type { PopupSnapshot } from '../db/snapshot';

export type PopupLoad = { state: 'ready'; snapshot?: PopupSnapshot } | { state: 'failed'; reason: string };

export function loadPopupSnapshot(): Promise<PopupLoad> {
  return readPopupSnapshot().then(
    (snapshot): PopupLoad => ({ state: 'ready', snapshot }),
    (error: unknown): PopupLoad => ({ state: 'failed', reason: describeOpenError(error) }),
  );
}
