import { useSignal } from '@preact/signals';
import { AssessmentForm } from '../workspace/AssessmentForm';
import { AssessmentPicker } from '../workspace/AssessmentPicker';
import { Questionnaire } from '../questionnaire/Questionnaire';
import { Tabs } from '../ui/Tabs';
import { CallSummaryView, EstimateView, ResultsView } from '../workspace/views';
import { useWorkspace } from '../workspace/WorkspaceContext';
import { WorkspaceProvider } from '../workspace/WorkspaceProvider';

const panelViews = [
  { id: 'questions', label: 'Questions' },
  { id: 'results', label: 'Results' },
  { id: 'estimate', label: 'Cost' },
] as const;
type PanelView = (typeof panelViews)[number]['id'];

/** The side panel beside a call: pick or start an assessment, then one keystroke per answer. */
export function SidePanelApp() {
  return (
    <WorkspaceProvider>
      <SidePanelScreen />
    </WorkspaceProvider>
  );
}

function SidePanelScreen() {
  const workspace = useWorkspace();
  const creating = useSignal(false);
  const view = useSignal<PanelView>('questions');
  /** Set by answering the last question: the questions tab then opens on the call summary. */
  const finished = useSignal<string | undefined>(undefined);
  const current = workspace.current.value;
  const goDeeper = () => {
    finished.value = undefined;
    view.value = 'questions';
  };
  return (
    <main class="page-narrow stack">
      <header class="bar">
        <h1>Readiness scan</h1>
        <button type="button" onClick={() => (creating.value = !creating.value)} aria-expanded={creating.value}>
          New
        </button>
      </header>
      {creating.value || !current ? (
        <AssessmentForm
          onCreate={async (fields) => {
            if (await workspace.create(fields)) creating.value = false;
          }}
          onCancel={current ? () => (creating.value = false) : undefined}
        />
      ) : (
        <>
          <AssessmentPicker />
          <Tabs label="Scan views" tabs={panelViews} selected={view.value} onSelect={(id) => (view.value = id)}>
            {view.value === 'questions' && (
              <div class="stack">
                {finished.value === current.id && <CallSummaryView focus onGoDeeper={goDeeper} />}
                <Questionnaire showDetails={false} onFinished={() => (finished.value = current.id)} />
              </div>
            )}
            {view.value === 'results' && (
              <div class="stack">
                <CallSummaryView onGoDeeper={goDeeper} />
                <ResultsView compact />
              </div>
            )}
            {view.value === 'estimate' && <EstimateView figuresFirst />}
          </Tabs>
        </>
      )}
    </main>
  );
}
