import { useEffect, useMemo } from 'preact/hooks';
import { createAssumptionsState, type AssumptionsState } from '../../lib/state/assumptions';
import { pageDatabase } from '../../lib/state/database';

/** The cost assumptions, live, for as long as the calling component is on screen. */
export function useAssumptions(): AssumptionsState {
  const state = useMemo(() => createAssumptionsState(pageDatabase()), []);
  useEffect(() => state.dispose, [state]);
  return state;
}
