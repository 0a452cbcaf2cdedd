/**
 * The page's last failed write, in plain words, for the banner every page shows (components/ui/WriteProblem).
 * Every write a page makes goes through `attemptWrite`, so none can fail silently.
 */
import { signal } from '@preact/signals';
import { describeWriteError } from '../db/write-error';

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: string };

export const writeProblem = signal<string | undefined>(undefined);

/** Runs a write; a failure is described (to the caller and on the page's banner) instead of thrown. */
export async function attemptWrite<T>(what: string, write: () => Promise<T>): Promise<WriteResult<T>> {
  try {
    const value = await write();
    writeProblem.value = undefined;
    return { ok: true, value };
  } catch (error) {
    const message = describeWriteError(error, what);
    writeProblem.value = message;
    return { ok: false, error: message };
  }
}
