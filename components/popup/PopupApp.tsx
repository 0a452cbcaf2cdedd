import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { catalogVersion } from '../../data/catalog/version';
import type { AssessmentGlance } from '../../lib/glance';
import { openPage, openSidePanel, rememberWindow } from '../../lib/state/navigation';
import { readFirstScreenPopup } from '../../lib/state/first-screen';
import type { PopupShown } from './stored-view';
import { markOnce, marks } from '../../lib/state/perf';
import { ProgressBar } from '../ui/ProgressBar';
import { ReadinessGlance } from '../results/ReadinessGlance';
import { StorageErrorScreen } from '../ui/StorageErrorScreen';

type Loaded = { state: 'loading' } | PopupShown;

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
    // The read and the scoring load after the first screen: it does not need them when the snapshot was there.
    void import('./stored-view').then(({ readStoredView }) => readStoredView()).then((shown) => (loaded.value = shown));
  }, []);
  useLayoutEffect(() => {
    if (loaded.value.state !== 'loading') markOnce(marks.ready);
  }, [loaded.value.state]);

  if (loaded.value.state === 'failed') return <StorageErrorScreen reason={loaded.value.reason} />;
  return (
    <main class="page-narrow stack popup">
      <h1>ISO 27001 Readiness</h1>
      {loaded.value.state === 'ready' && <CurrentAssessment current={loaded.value.current} />}
      {loaded.value.state === 'catalog-pending' && (
        <p class="hint">The question catalog is still being set up; open the workspace to finish.</p>
      )}
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

function firstScreen(): PopupShown | undefined {
  const current = readFirstScreenPopup(catalogVersion);
  return current === undefined ? undefined : { state: 'ready', current };
}

function CurrentAssessment({ current }: { current: AssessmentGlance | null }) {
  if (!current) return <p>No assessment yet. Start one in the side panel or the workspace.</p>;
  return (
    <section aria-labelledby="current-title" class="stack">
      <h2 id="current-title">{current.organization}</h2>
      <ProgressBar progress={current.progress} />
      <ReadinessGlance glance={current.glance} />
    </section>
  );
}
