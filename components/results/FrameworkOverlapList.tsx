import { useMemo } from 'preact/hooks';
import type { Catalog } from '../../lib/catalog';
import { loadCrosswalks, overlapByFramework } from '../../lib/crosswalks';
import { overlapGap, overlapSentence } from './overlap-text';

/** How far frameworks the organization may already follow reach into ISO/IEC 27001:2022. */
export function FrameworkOverlapList({ catalog, held }: { catalog: Catalog; held: ReadonlySet<string> }) {
  // The overlap depends on the catalog alone, not on answers: work it out once, not on every answer.
  const overlaps = useMemo(() => overlapByFramework(catalog.items), [catalog]);
  return (
    <section class="stack" aria-labelledby="overlap-title">
      <h2 id="overlap-title">Frameworks you may already follow</h2>
      <p class="hint">
        A related requirement elsewhere is a head start, not an answer: each item here still needs its own answer.
      </p>
      <ul class="findings" aria-label="Overlap with other frameworks">
        {overlaps.map((overlap) => (
          <li key={overlap.frameworkId} data-framework={overlap.frameworkId}>
            {held.has(overlap.frameworkId) && <strong>Yours: </strong>}
            {overlapSentence(overlap)}
            <div class="hint">{overlapGap(overlap)}</div>
          </li>
        ))}
      </ul>
      <details>
        <summary>Where these figures come from</summary>
        <ul class="findings">
          {loadCrosswalks().map((crosswalk) => (
            <li key={crosswalk.id}>
              <strong>{crosswalk.name}</strong> ({crosswalk.edition}): {crosswalk.source} {crosswalk.coverage}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
