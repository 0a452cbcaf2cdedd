/** Shown instead of a blank page when IndexedDB cannot be opened. */
export function StorageErrorScreen({ reason }: { reason: string }) {
  return (
    <main class="page-narrow">
      <h1>Your assessments cannot be opened here</h1>
      <p role="alert">{reason}</p>
      <p class="hint">Everything this extension stores stays in this browser profile; nothing is sent anywhere.</p>
    </main>
  );
}
