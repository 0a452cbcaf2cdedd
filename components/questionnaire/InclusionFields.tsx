import { inclusionReasonDefinitions, inclusionReasonLabels, inclusionReasons, type InclusionReason } from '../../data/soa-inclusion-reasons';
import type { Answer, AnswerDetails } from '../../lib/answers';
import type { CatalogItem } from '../../lib/catalog';

interface Props {
  answer: Answer;
  /** The catalog's suggestion for this control; absent only in a catalog stored by an older version. */
  suggestion: CatalogItem['inclusion'];
  /** Writes only the field changed. */
  onChange: (changes: AnswerDetails) => void;
}

function sourceHint(written: string | undefined): string {
  if (written?.trim()) return 'Written for this assessment.';
  if (written !== undefined) return 'Left empty: the SoA shows the suggested wording, marked “suggested”.';
  return 'Suggested wording: the SoA marks it “suggested” until you edit it to fit this organization’s risks, laws and contracts.';
}

/**
 * Why an applicable control is in the Statement of Applicability (ISO 27001 6.1.3 d): a reason and a sentence,
 * starting from the catalog's suggestion. Saved as typed; the SoA marks the sentence "suggested" until edited.
 */
export function InclusionFields({ answer, suggestion, onChange }: Props) {
  if (answer.level === 'na') {
    return (
      <p class="hint">
        Marked not applicable: the Statement of Applicability shows why it is excluded. A reason for including it, if one was
        written, is kept in case the answer changes back.
      </p>
    );
  }
  const reason = answer.inclusionReason ?? suggestion?.reason ?? 'risk';
  return (
    <fieldset class="stack">
      <legend>Statement of Applicability: why this control is included</legend>
      <div class="field">
        <label for="inclusion-reason">Reason</label>
        <select
          id="inclusion-reason"
          value={reason}
          aria-describedby="inclusion-reason-definition"
          onChange={(event) => onChange({ inclusionReason: event.currentTarget.value as InclusionReason })}
        >
          {inclusionReasons.map((value) => (
            <option key={value} value={value}>
              {inclusionReasonLabels[value]}
            </option>
          ))}
        </select>
        <p id="inclusion-reason-definition" class="hint">
          {inclusionReasonDefinitions[reason]}
        </p>
      </div>
      <div class="field">
        <label for="inclusion-justification">Justification</label>
        <textarea
          id="inclusion-justification"
          rows={2}
          aria-describedby="inclusion-justification-source"
          defaultValue={answer.inclusionJustification ?? suggestion?.text ?? ''}
          onInput={(event) => onChange({ inclusionJustification: event.currentTarget.value })}
        />
        <p id="inclusion-justification-source" class="hint">
          {sourceHint(answer.inclusionJustification)}
        </p>
      </div>
    </fieldset>
  );
}
