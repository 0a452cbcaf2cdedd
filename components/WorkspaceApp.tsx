import { useSignal } from '@preact/signals';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentList } from './AssessmentList';
import { Questionnaire } from './Questionnaire';
import { Tabs } from './Tabs';
import { UndoToast } from './UndoToast';
import { CompareLazyView, EstimateView, ResultsView } from './views';
import { useWorkspace } from './WorkspaceContext';
import { WorkspaceProvider } from './WorkspaceProvider';

const workspaceViews = [
  { id: 'questions', label: 'Questions' },
  { id: 'results', label: 'Results' },
  { id: 'estimate', label: 'Cost and timeline' },
  { id: 'compare', label: 'Compare' },
] as const;
type WorkspaceView = (typeof workspaceViews)[number]['id'];

/** The app tab: every assessment on the left, the open one on the right. */
export function WorkspaceApp() {
  return (
    <WorkspaceProvider>
      <WorkspaceScreen />
    </WorkspaceProvider>
  );
}

function WorkspaceScreen() {
  const workspace = useWorkspace();
  const creating = useSignal(false);
  const view = useSignal<WorkspaceView>('questions');
  const current = workspace.current.value;
  return (
    <div class="page">
      <header class="bar">
        <h1>ISO 27001 Readiness</h1>
        <button type="button" class="primary" onClick={() => (creating.value = true)}>
          New assessment
        </button>
      </header>
      <div class="workspace">
        <aside>
          <AssessmentList />
        </aside>
        <main class="stack">
          {creating.value || !current ? (
            <AssessmentForm
              onCreate={async (fields) => {
                await workspace.create(fields);
                creating.value = false;
              }}
              onCancel={current ? () => (creating.value = false) : undefined}
            />
          ) : (
            <>
              <h2>{current.organization}</h2>
              <Tabs label="Assessment views" tabs={workspaceViews} selected={view.value} onSelect={(id) => (view.value = id)}>
                {view.value === 'questions' && <Questionnaire showDetails />}
                {view.value === 'results' && <ResultsView />}
                {view.value === 'estimate' && <EstimateView />}
                {view.value === 'compare' && <CompareLazyView />}
              </Tabs>
            </>
          )}
        </main>
      </div>
      <UndoToast />
    </div>
  );
}
