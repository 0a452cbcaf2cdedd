import { useSignal } from '@preact/signals';
import type { Score } from '../../lib/scoring';
import { LevelTag } from '../ui/LevelTag';

const shownAtFirst = 8;

/** What stops each audit stage, worst first, each with why an auditor cares. */
export function BlockerList({ score }: { score: Score }) {
  const showAll = useSignal(false);
  const stage2 = showAll.value ? score.stage2Findings : score.stage2Findings.slice(0, shownAtFirst);
  return (
    <section class="stack" aria-labelledby="blockers-title">
      <h2 id="blockers-title">What blocks certification</h2>
      <h3>
        Stage 1 (document review): {score.stage1Findings.length === 0 ? 'nothing' : `${score.stage1Findings.length} missing`}
      </h3>
      {score.stage1Findings.length > 0 && (
        <ol class="findings" aria-label="Stage 1 blockers">
          {score.stage1Findings.map((finding) => (
            <li key={finding.documentId}>
              <strong>{finding.title}</strong> ({finding.itemId}) <LevelTag level={finding.level} />
              <div class="hint">{finding.why}</div>
            </li>
          ))}
        </ol>
      )}
      <h3>Stage 2 (evidence audit): {score.stage2Findings.length === 0 ? 'nothing' : `${score.stage2Findings.length} below target`}</h3>
      {stage2.length > 0 && (
        <ol class="findings" aria-label="Stage 2 blockers">
          {stage2.map((finding) => (
            <li key={finding.itemId}>
              <strong>
                {finding.itemId} {finding.title}
              </strong>{' '}
              <LevelTag level={finding.level} />
              <div class="hint">{finding.reason}</div>
            </li>
          ))}
        </ol>
      )}
      {score.stage2Findings.length > shownAtFirst && (
        <button type="button" class="link" onClick={() => (showAll.value = !showAll.value)}>
          {showAll.value ? 'Show fewer' : `Show all ${score.stage2Findings.length}`}
        </button>
      )}
    </section>
  );
}
