import { useSignal } from '@preact/signals';
import { gradingCaveat } from '../../lib/findings';
import type { Score } from '../../lib/scoring';
import { LevelTag } from '../ui/LevelTag';
import { FindingRow } from './FindingRow';
import { GradeTag } from './GradeTag';

interface Props {
  score: Score;
  /**
   * Beside a call (the side panel): only the top findings of each stage until "show all", so the verdict and
   * the worst gaps fit on a screen or two.
   */
  compact?: boolean;
}

/** What stops each audit stage, worst first, each graded as an auditor likely would and with why it matters. */
export function BlockerList({ score, compact = false }: Props) {
  const showAll = useSignal(false);
  const shownAtFirst = compact ? 3 : 8;
  const total = score.stage1Findings.length + score.stage2Findings.length;
  const folded = (compact ? total : score.stage2Findings.length) > (compact ? 2 * shownAtFirst : shownAtFirst) && !showAll.value;
  const stage1 = folded && compact ? score.stage1Findings.slice(0, shownAtFirst) : score.stage1Findings;
  const stage2 = folded ? score.stage2Findings.slice(0, shownAtFirst) : score.stage2Findings;
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
            <FindingRow key={finding.itemId} finding={finding} />
          ))}
        </ol>
      )}
      {(folded || showAll.value) && (
        <button type="button" class="link" onClick={() => (showAll.value = !showAll.value)}>
          {showAll.value ? 'Show fewer' : `Show all ${compact ? `${total} findings` : score.stage2Findings.length}`}
        </button>
      )}
    </section>
  );
}
