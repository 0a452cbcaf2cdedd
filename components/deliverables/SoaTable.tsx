import { useSignal } from '@preact/signals';
import { missingJustification, reasonWords, suggestedSummary, type SoaRow } from '../../lib/exports/soa';
import { useAssessmentReport } from './useAssessmentReport';

const needsJustification = (row: SoaRow) => !row.applicable && row.justification === missingJustification;
const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Yes' : 'No');

/** The SoA tab: the current assessment's draft Statement of Applicability. */
export function SoaView() {
  return <SoaTable soa={useAssessmentReport().value.soa} />;
}

function JustificationCell({ row }: { row: SoaRow }) {
  if (needsJustification(row)) return <strong class="error">Missing: needed before the audit</strong>;
  return (
    <>
      {row.justification}
      {row.suggested && <span class="badge">suggested</span>}
    </>
  );
}

/**
 * The draft Statement of Applicability: all 93 Annex A controls, each with why it is included or excluded.
 * Answers are edited in the questionnaire; this shows where the SoA stands, flags every control marked not
 * applicable without a justification, and counts the inclusions still resting on the catalog's suggestion.
 */
export function SoaTable({ soa }: { soa: SoaRow[] }) {
  const onlyAttention = useSignal(false);
  const excluded = soa.filter((row) => !row.applicable);
  const missing = soa.filter(needsJustification);
  const rows = onlyAttention.value ? missing : soa;
  return (
    <div class="stack">
      <h2>Statement of Applicability (draft)</h2>
      <p>
        All {soa.length} Annex A controls: {soa.length - excluded.length} applicable, {excluded.length} not applicable. ISO 27001
        asks why each control is included as well as why any is left out. Change an answer, a justification, an owner or a note
        in the Questions tab; at full depth, a control's details hold the reason it is included.
      </p>
      <p class="hint" data-testid="soa-suggested">
        {suggestedSummary(soa)}
      </p>
      {missing.length > 0 ? (
        <div class="error" role="note" data-testid="soa-missing">
          <p>
            {missing.length} control{missing.length === 1 ? ' is' : 's are'} marked not applicable without a justification:{' '}
            {missing.map((row) => row.id).join(', ')}. An auditor will ask why each one does not apply.
          </p>
        </div>
      ) : (
        <p class="hint">Every control marked not applicable has a justification.</p>
      )}
      {missing.length > 0 && (
        <div class="row">
          <input
            id="soa-attention"
            type="checkbox"
            checked={onlyAttention.value}
            onChange={(event) => (onlyAttention.value = event.currentTarget.checked)}
          />
          <label for="soa-attention">Show only controls that lack a justification</label>
        </div>
      )}
      <table class="data soa" aria-label="Statement of Applicability">
        <thead>
          <tr>
            <th scope="col">Control</th>
            <th scope="col">Title</th>
            <th scope="col">Applicable</th>
            <th scope="col">Reason</th>
            <th scope="col">Justification</th>
            <th scope="col">Implementation status</th>
            <th scope="col">Evidence</th>
            <th scope="col">Owner</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-control={row.id} class={needsJustification(row) ? 'missing' : row.applicable ? undefined : 'excluded'}>
              <th scope="row">{row.id}</th>
              <td>{row.title}</td>
              <td>{row.applicable ? 'Yes' : 'No'}</td>
              <td>{reasonWords(row)}</td>
              <td class="justification-cell">
                <JustificationCell row={row} />
              </td>
              <td>{row.status}</td>
              <td>{yesNo(row.evidence)}</td>
              <td>{row.owner}</td>
              <td class="note-cell">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
