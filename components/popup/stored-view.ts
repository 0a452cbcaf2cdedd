/**
 * The popup's read of what is stored (lib/state/popup.ts), turned into what it shows. Loaded after the first
 * screen, which draws from the snapshot the other pages keep (lib/state/first-screen.ts) when there is one.
 */
import { catalogVersion } from '../../data/catalog/version';
import { assessmentGlance, type AssessmentGlance } from '../../lib/glance';
import { loadPopupSnapshot } from '../../lib/state/popup';

/** The current assessment at a glance (null: none), a catalog still being set up, or storage that failed. */
export type PopupShown =
  | { state: 'ready'; current: AssessmentGlance | null }
  | { state: 'catalog-pending' }
  | { state: 'failed'; reason: string };

export async function readStoredView(): Promise<PopupShown> {
  const load = await loadPopupSnapshot();
  if (load.state === 'failed') return load;
  const { assessment, catalog, answers } = load.snapshot ?? { answers: {} };
  if (!assessment) return { state: 'ready', current: null };
  if (catalog?.version !== catalogVersion) return { state: 'catalog-pending' };
  return { state: 'ready', current: assessmentGlance(catalog, assessment, answers) };
}
