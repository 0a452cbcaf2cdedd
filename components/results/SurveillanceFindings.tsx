import { gradingCaveat } from '../../lib/findings';
import { cycleAuditLabels, type CycleAudit, type SurveillanceOutlook } from '../../lib/surveillance';
import { FindingRow } from './FindingRow';

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
            <FindingRow key={finding.itemId} finding={finding} />
          ))}
        </ol>
      )}
    </section>
  );
}
