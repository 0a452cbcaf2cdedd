import { crosswalksIn } from '../../lib/intake';
import { scoringFormula } from '../../lib/scoring';
import { certificateStatus, surveillanceOutlook } from '../../lib/surveillance';
import { BlockerList } from './BlockerList';
import { CommonGapList } from './CommonGapList';
import { FrameworkOverlapList } from './FrameworkOverlapList';
import { GroupBars } from './GroupBars';
import { ReadinessSummary } from './ReadinessSummary';
import { SurveillanceFindings } from './SurveillanceFindings';
import { ThemeRadar } from './ThemeRadar';
import { useWorkspace } from '../workspace/WorkspaceContext';

/**
 * The current assessment's results: readiness, clauses, themes, blockers, common gaps and the formula.
 * `compact` (the side panel) shows the top findings first, the rest on request.
 */
export function ResultsDashboard({ compact = false }: { compact?: boolean }) {
  const workspace = useWorkspace();
  const score = workspace.score.value!;
  const catalog = workspace.catalog.value!;
  const waiting = workspace.suggestions.value.length;
  const certificate = certificateStatus(workspace.current.value?.intake, new Date());
  return (
    <div class="stack">
      <ReadinessSummary score={score} certificate={certificate} />
      {waiting > 0 && (
        <p class="hint" data-testid="suggestions-waiting-results">
          {waiting} suggested answer{waiting === 1 ? ' waits' : 's wait'} for confirmation in the workspace's Head start tab. None
          of them counts in these figures until confirmed.
        </p>
      )}
      <section class="stack" aria-labelledby="clauses-title">
        <h2 id="clauses-title">Management system, clauses 4–10</h2>
        <GroupBars label="Readiness by clause" catalog={catalog} groups={score.clauses} />
      </section>
      <section class="stack" aria-labelledby="themes-title">
        <h2 id="themes-title">Annex A controls by theme</h2>
        <ThemeRadar themes={score.themes} />
        <GroupBars label="Readiness by theme" catalog={catalog} groups={score.themes} />
      </section>
      {certificate.kind === 'current' ? (
        <SurveillanceFindings outlook={surveillanceOutlook(score.stage2Findings)} next={certificate.next.audit} />
      ) : (
        <BlockerList score={score} compact={compact} />
      )}
      <CommonGapList score={score} catalog={catalog} />
      <FrameworkOverlapList catalog={catalog} held={crosswalksIn(workspace.current.value?.intake)} />
      <details>
        <summary>How is this calculated?</summary>
        <p>{scoringFormula}</p>
      </details>
    </div>
  );
}
