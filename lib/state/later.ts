/**
 * Loading what a first screen does not draw, once that screen is drawn. Starting a dynamic import costs a page a
 * millisecond or more at the call, before anything arrives (BENCHMARKS.md); started from the first render, those
 * costs would sit between opening the page and seeing it.
 */
export function afterFirstScreen<T>(load: () => Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(load);
}
