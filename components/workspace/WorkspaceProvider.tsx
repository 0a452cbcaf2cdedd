import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import { catalogVersion } from '../../data/catalog/version';
import { databaseStatus, pageDatabase } from '../../lib/state/database';
import { readFirstScreen } from '../../lib/state/first-screen';
import { markOnce, marks } from '../../lib/state/perf';
import { createWorkspace } from '../../lib/state/workspace';
import { StorageErrorScreen } from '../ui/StorageErrorScreen';
import { WriteProblem } from '../ui/WriteProblem';
import { lazyView } from '../ui/lazyView';
import { WorkspaceContext } from './WorkspaceContext';

interface Props {
  children: ComponentChildren;
  /** Offer damaged stored records for download; never on the kiosk, whose visitors must not see stored data. */
  recovery?: boolean;
  /**
   * Draw at once from what the last page saw (lib/state/first-screen.ts) and keep it up to date; never on the
   * kiosk, for the same reason.
   */
  firstScreen?: boolean;
}

// Loaded only when some stored record is damaged: no page carries it otherwise.
const DamagedRecords = lazyView(() => import('./DamagedRecords').then((module) => module.DamagedRecords));

/** Opens the database once for the page and renders its children when the stored data is there. */
export function WorkspaceProvider({ children, recovery = true, firstScreen = true }: Props) {
  const workspace = useMemo(
    () =>
      createWorkspace(pageDatabase(), firstScreen ? { seed: readFirstScreen(catalogVersion), keepFirstScreen: true } : {}),
    [],
  );
  useEffect(() => {
    void workspace.ensureCatalog();
    return () => workspace.dispose();
  }, [workspace]);

  const ready = workspace.ready.value && workspace.catalog.value !== undefined;
  useLayoutEffect(() => {
    if (ready) markOnce(marks.ready);
  }, [ready]);

  const status = databaseStatus.value;
  if (status.state === 'failed') return <StorageErrorScreen reason={status.reason} />;
  const catalogProblem = workspace.catalogProblem.value;
  if (!ready && catalogProblem) return <StorageErrorScreen reason={catalogProblem} />;
  if (!ready) {
    return (
      <p class="page-narrow muted" role="status">
        Opening your assessments…
      </p>
    );
  }
  return (
    <WorkspaceContext.Provider value={workspace}>
      <WriteProblem />
      {recovery && workspace.damaged.value.length > 0 && <DamagedRecords />}
      {children}
    </WorkspaceContext.Provider>
  );
}
