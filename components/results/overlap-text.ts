import type { FrameworkOverlap, Reach } from '../../lib/crosswalks';

function reachText(reach: Reach, noun: string): string {
  if (reach.covered === 0) return `none of the ${reach.total} ${noun}`;
  const depth =
    reach.partial === 0 ? 'all in full' : reach.partial === reach.covered ? 'all only in part' : `${reach.partial} of them in part`;
  return `${reach.covered} of the ${reach.total} ${noun} (${depth})`;
}

/** "SOC 2 covers 58 of the 93 Annex A controls (all only in part) and 24 of the 30 clause requirements (…)." */
export function overlapSentence(overlap: FrameworkOverlap): string {
  const controls = reachText(overlap.controls, 'Annex A controls');
  const clauses = overlap.mapsClauses ? ` and ${reachText(overlap.clauses, 'clause requirements')}` : '';
  return `${overlap.name} covers ${controls}${clauses}.`;
}

/** What the framework leaves for ISO/IEC 27001 alone, so nobody reads the overlap as the whole story. */
export function overlapGap(overlap: FrameworkOverlap): string {
  const uncovered = overlap.controls.total - overlap.controls.covered;
  const controls = uncovered === 1 ? '1 control has' : `${uncovered} controls have`;
  const clauses = overlap.mapsClauses ? '' : ' Clauses 4–10 are not part of this crosswalk.';
  return `${controls} no counterpart in ${overlap.name}.${clauses}`;
}
