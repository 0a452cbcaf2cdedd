/**
 * Performance marks the benchmarks read (test/bench/browser.bench.spec.ts). Components set them from layout
 * effects: the moment the screen is in the DOM with its handlers, just before paint. They cost next to nothing
 * and show up in the browser's own performance panel too.
 */
export const marks = {
  /** The page has rendered its first real screen from stored data. */
  ready: 'readiness:ready',
  /** The first question is on screen and answerable. */
  firstQuestion: 'readiness:first-question',
  /** One answer written to IndexedDB (a measure, from the key press to the committed write). */
  answerSaved: 'readiness:answer-saved',
} as const;

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}

export async function measure<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start });
  }
}
