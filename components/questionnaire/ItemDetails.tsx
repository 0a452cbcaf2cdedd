import { useRef } from 'preact/hooks';
import type { Answer } from '../../lib/answers';

interface Props {
  answer?: Answer;
  onChange: (answer: Answer) => void;
}

/** A consultant's notes on an answered item: free text, whether evidence exists, who owns it. Saved as typed. */
export function ItemDetails({ answer, onChange }: Props) {
  // Edits merge into the latest local copy, so a quick second edit cannot undo the first before it is stored.
  const latest = useRef(answer);
  if (answer && answer.level !== latest.current?.level) latest.current = answer;
  if (!answer) return <p class="hint">Answer first to add a note, evidence and an owner.</p>;
  const update = (changes: Partial<Answer>) => {
    latest.current = { ...(latest.current ?? answer), ...changes };
    onChange(latest.current);
  };
  return (
    <fieldset class="stack">
      <legend>Notes for the consultant</legend>
      <div class="field">
        <label for="item-note">Note</label>
        <textarea id="item-note" rows={2} defaultValue={answer.note ?? ''} onInput={(event) => update({ note: event.currentTarget.value })} />
      </div>
      <div class="row">
        <input
          id="item-evidence"
          type="checkbox"
          checked={answer.evidence ?? false}
          onChange={(event) => update({ evidence: event.currentTarget.checked })}
        />
        <label for="item-evidence">Evidence exists</label>
      </div>
      <div class="field">
        <label for="item-owner">Owner</label>
        <input id="item-owner" defaultValue={answer.owner ?? ''} onInput={(event) => update({ owner: event.currentTarget.value })} />
      </div>
    </fieldset>
  );
}
