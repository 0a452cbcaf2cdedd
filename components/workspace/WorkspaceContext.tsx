import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Workspace } from '../../lib/state/workspace';

export const WorkspaceContext = createContext<Workspace | undefined>(undefined);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside <WorkspaceProvider>');
  return workspace;
}
