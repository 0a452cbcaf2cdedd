import type { Catalog } from '../../lib/catalog';
import type { Score } from '../../lib/scoring';

/** The audit findings auditors meet most often, where the answers already show them. */
export function CommonGapList({ score, catalog }: { score: Score; catalog: Catalog }) {
  return (
    <section class="stack" aria-labelledby="gaps-title">
      <h2 id="gaps-title">Common audit findings your answers reveal</h2>
      {score.commonGaps.length === 0 ? (
        <p class="muted">None of the six usual findings shows in the answers so far.</p>
      ) : (
        <ul class="findings">
          {score.commonGaps.map((gap) => (
            <li key={gap.gapId}>
              <strong>{gap.title}</strong>
              <div class="hint">{catalog.commonGaps.find((candidate) => candidate.id === gap.gapId)?.description}</div>
              <div class="hint">Shown by: {gap.items.join(', ')}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
