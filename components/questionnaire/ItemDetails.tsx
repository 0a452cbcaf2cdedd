import { useState } from 'preact/hooks';
import type { Answer, AnswerCheck, AnswerDetails } from '../../lib/answers';
import type { CatalogItem } from '../../lib/catalog';
import { lazyView } from '../ui/lazyView';
import { useStoredDraft } from './useStoredDraft';

// Only the workspace shows a control's SoA inclusion: the side panel's first screen does not carry its code.
const InclusionFields = lazyView(() => import('./InclusionFields').then((module) => module.InclusionFields));

interface Props {
  /** The answer as stored: what every open page shows. */
  answer?: Answer;
  /** Set when the question is one Annex A control's own: its SoA inclusion can be written here. */
  control?: CatalogItem;
  /** Writes only the details given; says why when they could not be saved. */
  onChange: (details: AnswerDetails) => Promise<AnswerCheck>;
  /** Before the question is answered there is nothing to write to: the details wait here, stored with the answer. */
  onDraft: (details: AnswerDetails) => void;
}

/**
 * A consultant's notes on an answered item: free text, whether evidence exists, who owns it, and for a control
 * why it is in the Statement of Applicability. Saved as typed.
 */
export function ItemDetails({ answer, control, onChange, onDraft }: Props) {
  const [note, setNote] = useStoredDraft(answer?.note ?? '');
  const [evidence, setEvidence] = useStoredDraft(answer?.evidence ?? false);
  const [owner, setOwner] = useStoredDraft(answer?.owner ?? '');
  const [error, setError] = useState('');
  const save = async (details: AnswerDetails) => {
    if (!answer) return onDraft(details);
    const result = await onChange(details);
    setError(result.ok ? '' : result.error);
  };
  return (
    <>
      <fieldset class="stack">
        <legend>Notes for the consultant</legend>
        <div class="field">
          <label for="item-note">Note</label>
          <textarea
            id="item-note"
            rows={2}
            value={note}
            onInput={(event) => {
              setNote(event.currentTarget.value);
              void save({ note: event.currentTarget.value });
            }}
          />
        </div>
        <div class="row">
          <input
            id="item-evidence"
            type="checkbox"
            checked={evidence}
            onChange={(event) => {
              setEvidence(event.currentTarget.checked);
              void save({ evidence: event.currentTarget.checked });
            }}
          />
          <label for="item-evidence">Evidence exists</label>
        </div>
        <div class="field">
          <label for="item-owner">Owner</label>
          <input
            id="item-owner"
            value={owner}
            onInput={(event) => {
              setOwner(event.currentTarget.value);
              void save({ owner: event.currentTarget.value });
            }}
          />
        </div>
        {!answer && <p class="hint">Kept with the answer as soon as you choose a level.</p>}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      {control && answer && <InclusionFields answer={answer} suggestion={control.inclusion} onChange={(changes) => void save(changes)} />}
    </>
  );
}
