import { openPage, openSidePanel } from '../lib/state/navigation';
import { progressOf, questionStates } from '../lib/questionnaire';
import { ProgressBar } from './ProgressBar';
import { ReadinessGlance } from './ReadinessGlance';
import { useWorkspace } from './WorkspaceContext';
import { WorkspaceProvider } from './WorkspaceProvider';

/** The toolbar popup: the current assessment at a glance, and the way to every other surface. */
export function PopupApp() {
  return (
    <div class="page-narrow" style={{ width: '22rem' }}>
      <WorkspaceProvider>
        <PopupScreen />
      </WorkspaceProvider>
    </div>
  );
}

function PopupScreen() {
  const workspace = useWorkspace();
  const current = workspace.current.value;
  const catalog = workspace.catalog.value!;
  return (
    <main class="stack">
      <h1>ISO 27001 Readiness</h1>
      {current ? (
        <section aria-labelledby="current-title" class="stack">
          <h2 id="current-title">{current.organization}</h2>
          <ProgressBar progress={progressOf(questionStates(catalog, current.depth, workspace.answers.value))} />
          <ReadinessGlance score={workspace.score.value!} />
        </section>
      ) : (
        <p>No assessment yet. Start one in the side panel or the workspace.</p>
      )}
      <nav class="stack" aria-label="Open">
        <button type="button" class="primary" onClick={() => void openSidePanel().then(() => window.close())}>
          Open the side panel
        </button>
        <div class="row">
          <button type="button" onClick={() => void openPage('app')}>
            Workspace
          </button>
          <button type="button" onClick={() => void openPage('kiosk')}>
            Kiosk
          </button>
          <button type="button" onClick={() => void openPage('options')}>
            Settings
          </button>
        </div>
      </nav>
    </main>
  );
}
