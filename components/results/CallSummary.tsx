import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { buildCallSummary } from '../../lib/call-summary';
import { depths, type Depth } from '../../lib/item-ids';
import { openPage } from '../../lib/state/navigation';
import { useAssessmentReport } from '../deliverables/useAssessmentReport';
import { EstimateProblem } from '../estimate/EstimateProblem';
import { useWorkspace } from '../workspace/WorkspaceContext';

const deeperLabel: Partial<Record<Depth, string>> = { quick: 'standard depth', standard: 'full depth' };

interface Props {
  /** Focus the heading when shown, as at the end of the scan, so a screen reader reads it next. */
  focus?: boolean;
  /** Called once the depth has grown, to show the questions again. */
  onGoDeeper: () => void;
}

/**
 * The end of the call: a few sentences a rep reads aloud, then the ways on — copy them for a chat or an email,
 * open the one-page summary, or go deeper with every answer kept.
 */
export function CallSummary({ focus = false, onGoDeeper }: Props) {
  const report = useAssessmentReport().value;
  const workspace = useWorkspace();
  const copied = useSignal('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  if (!report.planned) return <EstimateProblem errors={report.estimateErrors} what="the call summary" />;
  const summary = buildCallSummary(report.planned.summary);
  const depth = report.assessment.depth;
  const deeper = depths[depths.indexOf(depth) + 1];

  async function copy() {
    try {
      await navigator.clipboard.writeText(summary.text);
      copied.value = 'Copied: paste it into the chat or an email.';
    } catch {
      copied.value = 'The browser would not copy: select the sentences above and copy them.';
    }
  }

  async function goDeeper() {
    if (deeper && (await workspace.setDepth(deeper))) onGoDeeper();
  }

  return (
    <section class="card stack call-summary" aria-labelledby="call-summary-title">
      <h2 id="call-summary-title" tabIndex={-1} ref={heading}>
        To say before the call ends
      </h2>
      <div data-testid="call-summary-text">
        {summary.sentences.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <div class="row">
        <button type="button" class="primary" onClick={() => void copy()}>
          Copy as text
        </button>
        <button type="button" onClick={() => void openPage('app', 'summary')}>
          Open the one-page summary
        </button>
        {deeper && (
          <button type="button" onClick={() => void goDeeper()}>
            Go deeper
          </button>
        )}
      </div>
      <p class="hint" role="status">
        {copied.value || (deeper ? `Going deeper asks the ${deeperLabel[depth]} questions and keeps every answer given.` : '')}
      </p>
    </section>
  );
}
