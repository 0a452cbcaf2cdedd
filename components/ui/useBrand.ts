import { useEffect, useMemo } from 'preact/hooks';
import { createBrandState, type BrandState } from '../../lib/state/brand';
import { pageDatabase } from '../../lib/state/database';

/** The consultant's brand, live, for as long as the calling component is on screen. */
export function useBrand(): BrandState {
  const state = useMemo(() => createBrandState(pageDatabase()), []);
  useEffect(() => state.dispose, [state]);
  return state;
}
