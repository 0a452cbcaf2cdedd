import { useSignal } from '@preact/signals';
import { maturityLevels } from '../../data/answer-scale';
import type { Catalog } from '../../lib/catalog';
import { suggestionsInGroup, waitingByGroup, type Suggestion } from '../../lib/suggestions';

interface Props {
  catalog: Catalog;
  suggestions: readonly Suggestion[];
  onConfirm: (suggestions: readonly Suggestion[]) => Promise<unknown>;
}

const levelWords = (level: Suggestion['level']) => `${level} ${maturityLevels[level].label.toLowerCase()}`;

/**
 * Suggested answers, grouped by clause and theme. Each waits for someone to confirm it: its own button, the Y key
 * on a focused row, or a whole group after a second, explicit step. Until then none of them counts anywhere.
 */
export function SuggestionList({ catalog, suggestions, onConfirm }: Props) {
  const confirmingGroup = useSignal<string | undefined>(undefined);
  const titleOf = (id: string) => catalog.items.find((item) => item.id === id)?.title ?? id;
  const groupTitle = (id: string) => `${/^\d/.test(id) ? `Clause ${id}` : id} ${catalog.groups.find((group) => group.id === id)?.title ?? ''}`.trim();
  if (suggestions.length === 0) {
    return (
      <p class="hint" data-testid="suggestions-waiting">
        No suggestion waits: either nothing held maps to an unanswered item, or every suggestion has been confirmed or answered.
      </p>
    );
  }
  return (
    <section class="stack" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggested answers</h2>
      <p class="hint" data-testid="suggestions-waiting">
        {suggestions.length} suggested answer{suggestions.length === 1 ? ' waits' : 's wait'} for confirmation. None counts in the
        score or coverage until confirmed. Focus a row and press <kbd>Y</kbd> to confirm it.
      </p>
      {[...waitingByGroup(suggestions)].map(([group, list]) => (
        <section key={group} class="stack" data-suggestion-group={group} aria-label={`Suggestions for ${groupTitle(group)}`}>
          <div class="row">
            <h3>{groupTitle(group)}</h3>
            {confirmingGroup.value === group ? (
              <div class="row" role="group" aria-label={`Confirm the ${groupTitle(group)} group`}>
                <span>Confirm all {list.length} suggested answers here as this organization's own?</span>
                <button
                  type="button"
                  class="primary"
                  onClick={() => {
                    confirmingGroup.value = undefined;
                    void onConfirm(suggestionsInGroup(suggestions, group));
                  }}
                >
                  Yes, confirm {list.length}
                </button>
                <button type="button" onClick={() => (confirmingGroup.value = undefined)}>
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" onClick={() => (confirmingGroup.value = group)}>
                Confirm this group ({list.length})
              </button>
            )}
          </div>
          <ul class="findings">
            {list.map((suggestion) => (
              <li
                key={suggestion.itemId}
                tabIndex={0}
                data-item={suggestion.itemId}
                aria-label={`${suggestion.itemId} ${titleOf(suggestion.itemId)}: suggested ${levelWords(suggestion.level)}. Press Y to confirm.`}
                onKeyDown={(event) => {
                  if (event.key !== 'y' && event.key !== 'Y') return;
                  event.preventDefault();
                  const next = (event.currentTarget.nextElementSibling ?? event.currentTarget.previousElementSibling) as HTMLElement | null;
                  void onConfirm([suggestion]).then(() => next?.focus());
                }}
              >
                <strong>
                  {suggestion.itemId} {titleOf(suggestion.itemId)}
                </strong>
                : suggested <span class="level-tag">{levelWords(suggestion.level)}</span>
                <div class="hint">{suggestion.provenance}</div>
                <button type="button" tabIndex={-1} onClick={() => void onConfirm([suggestion])} aria-label={`Confirm ${suggestion.itemId}`}>
                  Confirm
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
