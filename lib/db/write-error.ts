/**
 * What to tell a person when a write to IndexedDB fails. A failed write changes nothing stored (each runs in one
 * transaction), and the page keeps what they typed: the message says both, and what to do.
 */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  // Dexie wraps the browser's error (a transaction's AbortError holds the QuotaExceededError as `inner`).
  for (let current = error; current && typeof current === 'object' && names.length < 5; current = (current as { inner?: unknown }).inner) {
    names.push(String((current as { name?: unknown }).name ?? ''));
  }
  return names;
}

export function describeWriteError(error: unknown, what: string): string {
  const kept = 'What you entered is still on screen, and everything saved before is safe.';
  if (errorNames(error).includes('QuotaExceededError')) {
    return `${what} could not be saved: this browser has no storage space left for the extension. ${kept} Free some space (for example, back up and delete old assessments, or clear other sites' data), then try again.`;
  }
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return `${what} could not be saved (${message}). ${kept} Try again; if it keeps failing, make a backup in Settings.`;
}
