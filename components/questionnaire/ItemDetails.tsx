import { useRef } from 'preact/hooks';
import type { Answer } from '../../lib/answers';
import type { CatalogItem } from '../../lib/catalog';
import { lazyView } from '../ui/lazyView';

// Only the workspace shows a control's SoA inclusion: the side panel's first screen does not carry its code.
const InclusionFields = lazyView(() => import('./InclusionFields').then((module) => module.InclusionFields));

interface Props {
  answer?: Answer;
  /** Set when the question is one Annex A control's own: its SoA inclusion can be written here. */
  control?: CatalogItem;
  onChange: (answer: Answer) => void;
}

/**
 * A consultant's notes on an answered item: free text, whether evidence exists, who owns it, and for a control
 * why it is in the Statement of Applicability. Saved as typed.
 */
export function ItemDetails({ answer, control, onChange }: Props) {
  // Edits merge into the latest local copy, so a quick second edit cannot undo the first before it is stored.
  const latest = useRef(answer);
  if (answer && answer.level !== latest.current?.level) latest.current = answer;
  if (!answer) {
    const soa = control ? ' and the reason it is in the Statement of Applicability' : '';
    return <p class="hint">Answer first to add a note, evidence, an owner{soa}.</p>;
  }
  const update = (changes: Partial<Answer>) => {
    latest.current = { ...(latest.current ?? answer), ...changes };
    onChange(latest.current);
  };
  return (
    <>
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
      {control && <InclusionFields answer={answer} suggestion={control.inclusion} onChange={update} />}
    </>
  );
}
