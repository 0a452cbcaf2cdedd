import { useSignal } from '@preact/signals';
import type { AssessmentRecord } from '../../lib/assessment';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentList } from './AssessmentList';
import { Questionnaire } from '../questionnaire/Questionnaire';
import { Printable } from '../ui/Printable';
import { Tabs } from '../ui/Tabs';
import { UndoToast } from '../ui/UndoToast';
import {
  CompareLazyView,
  EstimateView,
  ExportView,
  HeadStartLazyView,
  TransitionLazyView,
  ImportView,
  ResultsView,
  RoadmapLazyView,
  SoaView,
  SummaryView,
} from './views';
import { useWorkspace } from './WorkspaceContext';
import { WorkspaceProvider } from './WorkspaceProvider';

const workspaceViews = [
  { id: 'questions', label: 'Questions' },
  { id: 'results', label: 'Results' },
  { id: 'estimate', label: 'Cost and timeline' },
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'soa', label: 'SoA' },
  { id: 'summary', label: 'Summary' },
  { id: 'export', label: 'Export' },
  { id: 'compare', label: 'Compare' },
  { id: 'head-start', label: 'Head start' },
  { id: 'transition', label: '2013 transition' },
] as const;
type WorkspaceView = (typeof workspaceViews)[number]['id'];

/** The view a link asked for ("app.html#summary", from the side panel's call summary), else the questions. */
function requestedView(): WorkspaceView {
  const asked = location.hash.slice(1);
  return workspaceViews.find((view) => view.id === asked)?.id ?? 'questions';
}

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
  const view = useSignal<WorkspaceView>(requestedView());
  /** What the last import brought in, said until another assessment is opened. */
  const imported = useSignal<{ id: string; message: string } | undefined>(undefined);
  const current = workspace.current.value;
  function onImported(record: AssessmentRecord, answers: number) {
    creating.value = false;
    imported.value = { id: record.id, message: `Imported “${record.organization}” with ${answers} answer${answers === 1 ? '' : 's'}. It is open now.` };
  }
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
            <>
              <AssessmentForm
                onCreate={async (fields) => {
                  if (await workspace.create(fields)) creating.value = false;
                }}
                onCancel={current ? () => (creating.value = false) : undefined}
              />
              <ImportView onImported={onImported} />
            </>
          ) : (
            <>
              <h2>{current.organization}</h2>
              <p role="status" class="hint">
                {imported.value?.id === current.id ? imported.value.message : ''}
              </p>
              <Tabs label="Assessment views" tabs={workspaceViews} selected={view.value} onSelect={(id) => (view.value = id)}>
                {view.value === 'questions' && <Questionnaire showDetails />}
                {view.value === 'results' && <ResultsView />}
                {view.value === 'head-start' && <HeadStartLazyView />}
                {view.value === 'transition' && <TransitionLazyView />}
                {view.value === 'estimate' && <EstimateView />}
                {view.value === 'roadmap' && (
                  <Printable title={`Remediation roadmap: ${current.organization}`} action="Print the roadmap">
                    <RoadmapLazyView />
                  </Printable>
                )}
                {view.value === 'soa' && (
                  <Printable title={`Statement of Applicability: ${current.organization}`} action="Print the SoA">
                    <SoaView />
                  </Printable>
                )}
                {view.value === 'summary' && <SummaryView />}
                {view.value === 'export' && (
                  <div class="stack">
                    <ExportView />
                    <ImportView onImported={onImported} />
                  </div>
                )}
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
