import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import { databaseStatus, pageDatabase } from '../../lib/state/database';
import { markOnce, marks } from '../../lib/state/perf';
import { createWorkspace } from '../../lib/state/workspace';
import { StorageErrorScreen } from '../ui/StorageErrorScreen';
import { WriteProblem } from '../ui/WriteProblem';
import { WorkspaceContext } from './WorkspaceContext';

/** Opens the database once for the page and renders its children when the stored data is there. */
export function WorkspaceProvider({ children }: { children: ComponentChildren }) {
  const workspace = useMemo(() => createWorkspace(pageDatabase()), []);
  useEffect(() => {
    workspace.ensureCatalog().catch((error: unknown) => console.error('Could not store the catalog', error));
    return () => workspace.dispose();
  }, [workspace]);

  const ready = workspace.ready.value && workspace.catalog.value !== undefined;
  useLayoutEffect(() => {
    if (ready) markOnce(marks.ready);
  }, [ready]);

  const status = databaseStatus.value;
  if (status.state === 'failed') return <StorageErrorScreen reason={status.reason} />;
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
      {children}
    </WorkspaceContext.Provider>
  );
}
