/**
 * The one-page transition summary, read from the assessment's own answers (so it stays true after the import,
 * as answers change): the controls new in 2022 and where each stands, and the controls carried over from the
 * 2013 SoA with their provenance. A carried answer that someone has since changed is no longer "from 2013".
 */
import type { Level, StoredAnswers } from '../answers';
import type { Catalog, ItemId } from '../catalog';
import { provenance2013 } from './map';

export interface SummaryLine {
  id: ItemId;
  title: string;
  /** The item's own answer, if any. */
  level?: Level;
  provenance?: string;
}

export interface TransitionSummary {
  /** The 11 controls new in 2022: the work the transition adds. */
  newControls: SummaryLine[];
  /** How many of them have no answer, or are below level 3: still to do. */
  newStillToDo: number;
  /** Controls whose answer still comes from the 2013 SoA. */
  carried: SummaryLine[];
  excluded: number;
}

export function transitionSummary(catalog: Catalog, stored: StoredAnswers): TransitionSummary {
  const lineOf = (id: ItemId, title: string): SummaryLine => {
    const answer = stored[id];
    return { id, title, ...(answer ? { level: answer.level } : {}), ...(answer?.provenance ? { provenance: answer.provenance } : {}) };
  };
  const controls = catalog.items.filter((item) => item.kind === 'control');
  const newControls = controls.filter((item) => item.newIn2022).map((item) => lineOf(item.id, item.title));
  const carried = controls
    .filter((item) => stored[item.id]?.provenance?.startsWith(provenance2013))
    .map((item) => lineOf(item.id, item.title));
  return {
    newControls,
    newStillToDo: newControls.filter((line) => line.level === undefined || (typeof line.level === 'number' && line.level < 3) || line.level === 'dont-know').length,
    carried,
    excluded: carried.filter((line) => line.level === 'na').length,
  };
}
