import { useSignal } from '@preact/signals';
import type { ItemToConfirm } from '../../lib/scoring';
import { certaintyWords } from '../../lib/verdict-words';

const shownAtFirst = 6;

const because: Record<ItemToConfirm['because'], string> = {
  quick: 'from the quick scan',
  unanswered: 'not answered yet',
};

/** What an indicative verdict waits for: each item to answer at standard or full depth. */
export function ToConfirmList({ toConfirm }: { toConfirm: readonly ItemToConfirm[] }) {
  const showAll = useSignal(false);
  const shown = showAll.value ? toConfirm : toConfirm.slice(0, shownAtFirst);
  return (
    <div class="stack" data-testid="to-confirm">
      <p class="hint">
        The verdict is {certaintyWords.indicative}. Confirm these at item level (standard or full depth):
      </p>
      <ol class="findings" aria-label="Items to confirm">
        {shown.map((item) => (
          <li key={item.itemId}>
            <strong>{item.itemId}</strong> {item.title} <span class="hint">· {because[item.because]}</span>
          </li>
        ))}
      </ol>
      {toConfirm.length > shownAtFirst && (
        <button type="button" class="link" onClick={() => (showAll.value = !showAll.value)}>
          {showAll.value ? 'Show fewer' : `Show all ${toConfirm.length}`}
        </button>
      )}
    </div>
  );
}
