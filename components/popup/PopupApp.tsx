import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { catalogVersion } from '../../data/catalog/version';
import { progressOf, questionStates, resolveItemAnswers } from '../../lib/questionnaire';
import { scoreResolved } from '../../lib/scoring';
import { certificateStatus } from '../../lib/surveillance';
import { openPage, openSidePanel, rememberWindow } from '../../lib/state/navigation';
import { readFirstScreen } from '../../lib/state/first-screen';
import { loadPopupSnapshot, type PopupLoad, type PopupSnapshot } from '../../lib/state/popup';
import { markOnce, marks } from '../../lib/state/perf';
import { ProgressBar } from '../ui/ProgressBar';
import { ReadinessGlance } from '../results/ReadinessGlance';
import { StorageErrorScreen } from '../ui/StorageErrorScreen';

type Loaded = { state: 'loading' } | PopupLoad;

/**
 * The toolbar popup: the current assessment at a glance, and the way to every other surface. It reads once
 * and shows; it closes as soon as it loses focus, so it needs no live updates.
 */
export function PopupApp() {
  // What the last page saw draws at once; the read from IndexedDB below replaces it with what is stored.
  const loaded = useSignal<Loaded>(firstScreen() ?? { state: 'loading' });
  const problem = useSignal('');
  useEffect(() => {
    rememberWindow();
    void loadPopupSnapshot().then((result) => (loaded.value = result));
  }, []);
  useLayoutEffect(() => {
    if (loaded.value.state !== 'loading') markOnce(marks.ready);
  }, [loaded.value.state]);

  if (loaded.value.state === 'failed') return <StorageErrorScreen reason={loaded.value.reason} />;
  return (
    <main class="page-narrow stack popup">
      <h1>ISO 27001 Readiness</h1>
      {loaded.value.state === 'ready' && <CurrentAssessment snapshot={loaded.value.snapshot} />}
      <nav class="stack" aria-label="Open">
        <button
          type="button"
          class="primary"
          onClick={() =>
            openSidePanel().then(
              () => window.close(),
              (error: unknown) => (problem.value = `The side panel did not open: ${String(error)}`),
            )
          }
        >
          Open the side panel
        </button>
        {problem.value && (
          <p class="error" role="alert">
            {problem.value}
          </p>
        )}
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

function firstScreen(): PopupLoad | undefined {
  const seed = readFirstScreen(catalogVersion);
  if (!seed) return undefined;
  const assessment = seed.assessments.find((record) => record.id === seed.currentId);
  return { state: 'ready', snapshot: { catalog: seed.catalog, assessment, answers: assessment ? seed.answers : {} } };
}

function CurrentAssessment({ snapshot }: { snapshot?: PopupSnapshot }) {
  const { assessment, catalog, answers } = snapshot ?? { answers: {} };
  if (!assessment) return <p>No assessment yet. Start one in the side panel or the workspace.</p>;
  return (
    <section aria-labelledby="current-title" class="stack">
      <h2 id="current-title">{assessment.organization}</h2>
      {catalog?.version === catalogVersion ? (
        <>
          <ProgressBar progress={progressOf(questionStates(catalog, assessment.depth, answers))} />
          <ReadinessGlance
            score={scoreResolved(catalog, resolveItemAnswers(catalog, answers))}
            certificate={certificateStatus(assessment.intake, new Date())}
          />
        </>
      ) : (
        <p class="hint">The question catalog is still being set up; open the workspace to finish.</p>
      )}
    </section>
  );
}
