import { maturityLevels } from '../../data/answer-scale';
import type { Level } from '../../lib/answers';
import { transitionSummary } from '../../lib/transition';
import { Printable } from '../ui/Printable';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { TransitionImport } from './TransitionImport';

function levelWords(level: Level | undefined): string {
  if (level === undefined) return 'no answer yet';
  if (level === 'na') return 'not applicable';
  if (level === 'dont-know') return "don't know";
  return `${level} ${maturityLevels[level].label.toLowerCase()}`;
}

/** The 2013 transition tab: the import, then a one-page summary of where the transition stands. */
export function TransitionView() {
  const workspace = useWorkspace();
  const catalog = workspace.catalog.value;
  const assessment = workspace.current.value;
  if (!catalog || !assessment) return null;
  const summary = transitionSummary(catalog, workspace.answers.value);
  const descended = catalog.items.filter((item) => item.kind === 'control').length - summary.newControls.length;
  return (
    <div class="stack">
      <TransitionImport key={assessment.id} catalog={catalog} />
      <Printable title={`Transition from ISO/IEC 27001:2013: ${assessment.organization}`} action="Print the transition summary">
        <section class="stack" aria-labelledby="transition-summary-title">
          <h3 id="transition-summary-title">Transition summary</h3>
          <p data-testid="transition-counts">
            {summary.carried.length} of the {descended} controls that descend from the 2013 edition carry an answer from the 2013 SoA
            {summary.excluded > 0 ? ` (${summary.excluded} of them excluded)` : ''}. {summary.newStillToDo} of the 11 controls new in
            2022 still need work.
          </p>
          <p class="hint">
            The 2013 edition's 114 controls became 93: most were merged, none dropped. What is new below has no 2013 ancestor, so
            no earlier certificate covered it. Certificates to the 2013 edition lapsed on 31 October 2025.
          </p>
          <h4>New in 2022: the work to do</h4>
          <ul class="findings" aria-label="Controls new in 2022">
            {summary.newControls.map((line) => (
              <li key={line.id} data-item={line.id}>
                <strong>
                  {line.id} {line.title}
                </strong>
                : {levelWords(line.level)}
              </li>
            ))}
          </ul>
          <h4>Carried over from the 2013 SoA</h4>
          {summary.carried.length === 0 ? (
            <p class="hint">Nothing yet: import the 2013 SoA above.</p>
          ) : (
            <ul class="findings" aria-label="Controls carried over from 2013">
              {summary.carried.map((line) => (
                <li key={line.id} data-item={line.id}>
                  <strong>
                    {line.id} {line.title}
                  </strong>
                  : {levelWords(line.level)}
                  <div class="hint">{line.provenance}</div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </Printable>
    </div>
  );
}
