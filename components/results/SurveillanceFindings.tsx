import { gradingCaveat } from '../../lib/findings';
import { cycleAuditLabels, type CycleAudit, type SurveillanceOutlook } from '../../lib/surveillance';
import { LevelTag } from '../ui/LevelTag';
import { GradeTag } from './GradeTag';

/** For a certified organization, in place of the Stage 1 and Stage 2 blockers: what its next audit would likely raise. */
export function SurveillanceFindings({ outlook, next }: { outlook: SurveillanceOutlook; next: CycleAudit }) {
  return (
    <section class="stack" aria-labelledby="surveillance-title">
      <h2 id="surveillance-title">What the {cycleAuditLabels[next].toLowerCase()} would likely raise</h2>
      <p class="hint">
        {gradingCaveat} A surveillance audit samples the ISMS, so not every item below will be seen; a recertification audit
        looks at all of it.
      </p>
      {outlook.findings.length === 0 ? (
        <p>Nothing, going by these answers.</p>
      ) : (
        <ol class="findings" aria-label="Likely findings at the next audit">
          {outlook.findings.map((finding) => (
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
    </section>
  );
}
