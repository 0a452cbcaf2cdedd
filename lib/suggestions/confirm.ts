/**
 * Confirming suggestions: each confirmed suggestion becomes the item's own answer at the suggested level, with
 * its provenance kept on the answer, exactly as if someone had answered the item at that level. Confirming a
 * group is confirming each of its items, nothing more.
 */
import { withLevel, type StoredAnswers } from '../answers';
import type { GroupId } from '../catalog';
import type { Suggestion } from './suggest';

/** The answers to write for the given suggestions, each keyed by its item; what was stored for the item stays. */
export function confirmedAnswers(stored: StoredAnswers, suggestions: readonly Suggestion[]): StoredAnswers {
  const answers: StoredAnswers = {};
  for (const suggestion of suggestions) {
    answers[suggestion.itemId] = { ...withLevel(stored[suggestion.itemId], suggestion.level), provenance: suggestion.provenance };
  }
  return answers;
}

export function suggestionsInGroup(suggestions: readonly Suggestion[], group: GroupId): Suggestion[] {
  return suggestions.filter((suggestion) => suggestion.group === group);
}
