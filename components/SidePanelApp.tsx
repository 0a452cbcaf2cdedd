import { useSignal } from '@preact/signals';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentPicker } from './AssessmentPicker';
import { Questionnaire } from './Questionnaire';
import { useWorkspace } from './WorkspaceContext';
import { WorkspaceProvider } from './WorkspaceProvider';

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
  const current = workspace.current.value;
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
            await workspace.create(fields);
            creating.value = false;
          }}
          onCancel={current ? () => (creating.value = false) : undefined}
        />
      ) : (
        <>
          <AssessmentPicker />
          <Questionnaire showDetails={false} />
        </>
      )}
    </main>
  );
}
