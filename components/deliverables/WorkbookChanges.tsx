import { useSignal } from '@preact/signals';
import type { WorkbookPreview } from '../../lib/workbook';

interface Props {
  preview: WorkbookPreview;
  /** The open assessment's name. */
  organization: string;
  /** Whether the workbook was exported from the open assessment. */
  sameAssessment: boolean;
  busy: boolean;
  onApply: (itemIds: ReadonlySet<string>) => void;
  onCancel: () => void;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** The preview of a workbook import: every change item by item, each with a box to leave it out. */
export function WorkbookChanges({ preview, organization, sameAssessment, busy, onApply, onCancel }: Props) {
  const chosen = useSignal<ReadonlySet<string>>(new Set(preview.changes.map((change) => change.itemId)));
  const toggle = (itemId: string, on: boolean) => {
    const next = new Set(chosen.value);
    if (on) next.add(itemId);
    else next.delete(itemId);
    chosen.value = next;
  };
  const { changes, skipped } = preview;
  return (
    <div class="card stack" role="region" aria-label="Changes from the workbook">
      <h4>What the workbook would change</h4>
      {!sameAssessment && (
        <p class="error" role="note">
          This workbook was exported from “{preview.source.organization}”, not from “{organization}”. Check that it belongs here before you apply it.
        </p>
      )}
      <p>
        {plural(changes.length, 'item')} would change; {plural(preview.unchanged, 'item')} say what the assessment already says
        {skipped.length > 0 ? `; ${plural(skipped.length, 'row')} cannot be applied` : ''}.
      </p>
      {changes.length > 0 && (
        <ul class="plain change-list">
          {changes.map((change) => (
            <li key={change.itemId}>
              <input
                type="checkbox"
                id={`change-${change.itemId}`}
                checked={chosen.value.has(change.itemId)}
                onChange={(event) => toggle(change.itemId, event.currentTarget.checked)}
              />
              <label for={`change-${change.itemId}`}>
                <strong>
                  {change.itemId} {change.title}
                </strong>{' '}
                <span class="hint">(row {change.row})</span>
              </label>
              <ul class="change-fields">
                {change.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <div>
          <h5>Rows that cannot be applied</h5>
          <ul>
            {skipped.map((row) => (
              <li key={row.itemId}>
                {row.itemId} {row.title} (row {row.row}): {row.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="row">
        {changes.length > 0 && (
          <>
            <button type="button" class="primary" disabled={busy || chosen.value.size === 0} onClick={() => onApply(chosen.value)}>
              Apply {plural(chosen.value.size, 'chosen change')}
            </button>
            <button type="button" onClick={() => (chosen.value = new Set(changes.map((change) => change.itemId)))}>
              Choose all
            </button>
            <button type="button" onClick={() => (chosen.value = new Set())}>
              Choose none
            </button>
          </>
        )}
        <button type="button" onClick={onCancel}>
          {changes.length > 0 ? 'Cancel' : 'Close'}
        </button>
      </div>
    </div>
  );
}
