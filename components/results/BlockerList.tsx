import { useSignal } from '@preact/signals';
import { gradingCaveat } from '../../lib/findings';
import type { Score } from '../../lib/scoring';
import { LevelTag } from '../ui/LevelTag';
import { GradeTag } from './GradeTag';

const shownAtFirst = 8;

/** What stops each audit stage, worst first, each graded as an auditor likely would and with why it matters. */
export function BlockerList({ score }: { score: Score }) {
  const showAll = useSignal(false);
  const stage1 = score.stage1Findings;
  const stage2 = showAll.value ? score.stage2Findings : score.stage2Findings.slice(0, shownAtFirst);
  return (
    <section class="stack" aria-labelledby="blockers-title">
      <h2 id="blockers-title">What blocks certification</h2>
      <p class="hint">{gradingCaveat}</p>
      <h3>
        Stage 1 (document review):{' '}
        {stage1.length === 0
          ? `nothing blocks, of ${score.stage1Checked} documents and records`
          : `${stage1.length} of ${score.stage1Checked} documents and records below the level Stage 1 needs`}
      </h3>
      {stage1.length > 0 && (
        <ol class="findings" aria-label="Stage 1 blockers">
          {stage1.map((finding) => (
            <li key={finding.documentId}>
              <strong>{finding.title}</strong> ({finding.itemId}, {finding.kind}) <LevelTag level={finding.level} />{' '}
              <GradeTag grade={finding.grade} />
              <div class="hint">{finding.reason}</div>
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
              <LevelTag level={finding.level} /> <GradeTag grade={finding.grade} />
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
