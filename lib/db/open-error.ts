/**
 * What to tell a person when the database cannot be opened. Kept apart from Dexie so the popup, which reads
 * without Dexie, says the same thing.
 */
export function describeOpenError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError') {
    return 'This browser refuses local storage here, which happens in private browsing. Open the extension in a normal window to keep your assessments.';
  }
  if (name === 'VersionError') {
    return 'Your saved data comes from a newer version of this extension. Update the extension to open it; nothing has been changed.';
  }
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return `Your saved assessments could not be opened (${message}). Nothing has been changed.`;
}
