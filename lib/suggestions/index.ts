/**
 * A head start, never a shortcut: suggested answers from the frameworks an organization already holds or
 * follows, kept apart from its answers until someone confirms them.
 */
export { confirmedAnswers, suggestionsInGroup } from './confirm';
export { sourcesIn, suggestionSources, type SuggestionSource, type SuggestionSourceId } from './sources';
export { suggestionsFor, waitingByGroup, type Suggestion } from './suggest';
