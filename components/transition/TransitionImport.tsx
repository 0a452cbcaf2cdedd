import { useSignal } from '@preact/signals';
import type { Catalog } from '../../lib/catalog';
import { csvLimits, read2013Sheets, read2013Soa, transitionFrom2013, type Read2013, type Transition } from '../../lib/transition';
import { useWorkspace } from '../workspace/WorkspaceContext';

interface Preview {
  rows: number;
  transition: Transition;
  fileName: string;
}

/** A workbook is a zip archive: it starts with "PK". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The rows of a SoA file, whichever of CSV or workbook it is; the spreadsheet library loads only for a workbook. */
async function readSoaFile(file: File): Promise<Read2013> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (isZip(head)) {
    const { readSheets, workbookLimits } = await import('../../lib/workbook');
    if (file.size > workbookLimits.maxFileBytes) {
      return { ok: false, error: `The workbook is larger than ${workbookLimits.maxFileBytes / 1_000_000} MB: far more than a statement of applicability.` };
    }
    const sheets = await readSheets(new Uint8Array(await file.arrayBuffer()));
    return sheets.ok ? read2013Sheets(sheets.value) : sheets;
  }
  // A file far past the limit is refused before it is read into memory.
  const text = file.size > csvLimits.maxChars * 4 ? 'x'.repeat(csvLimits.maxChars + 1) : await file.text();
  return read2013Soa(text);
}

/**
 * Reads a 2013-numbered SoA or gap list (CSV or a workbook) and shows what it would give before anything is
 * written. A file that cannot be read gets the reason beside the field and changes nothing; applying never
 * overwrites an answer.
 */
export function TransitionImport({ catalog }: { catalog: Catalog }) {
  const workspace = useWorkspace();
  const error = useSignal('');
  const preview = useSignal<Preview | undefined>(undefined);
  const status = useSignal('');

  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    status.value = '';
    preview.value = undefined;
    if (!file) return;
    const read = await readSoaFile(file);
    if (!read.ok) {
      error.value = read.error;
      return;
    }
    error.value = '';
    preview.value = { rows: read.rows.length, transition: transitionFrom2013(catalog, read.rows), fileName: file.name };
  }

  async function apply() {
    const chosen = preview.value;
    if (!chosen) return;
    const offered = Object.keys(chosen.transition.answers).length;
    const written = await workspace.answerUnanswered(chosen.transition.answers);
    if (!written) return;
    preview.value = undefined;
    const kept = offered - written.length;
    status.value = `${written.length} controls answered from ${chosen.fileName}.${kept > 0 ? ` ${kept} already had an answer and kept it.` : ''}`;
  }

  const transition = preview.value?.transition;
  const unsettled = transition?.carried.filter((control) => !control.answer).length ?? 0;
  return (
    <section class="stack no-print" aria-labelledby="transition-import-title">
      <h3 id="transition-import-title">Import a 2013 statement of applicability</h3>
      <div class="field">
        <label for="transition-file">A 2013 SoA or gap list (CSV or Excel workbook)</label>
        <input
          id="transition-file"
          type="file"
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="transition-hint"
          aria-invalid={error.value ? true : undefined}
          onChange={(event) => void read(event.currentTarget)}
        />
        <p class="hint" id="transition-hint">
          One row per 2013 control (A.5.1.1 to A.18.2.3) with columns named Control, Applicable, Status and, if you like, Notes.
          A workbook (.xlsx) is read from its first sheet laid out that way; formulas are not calculated, so save their
          values. Nothing is written until you apply it, and no answer already given is replaced.
        </p>
        {error.value && (
          <p class="error" role="alert">
            The file was not read, and nothing was changed. {error.value}
          </p>
        )}
      </div>
      {preview.value && transition && (
        <div class="card stack" data-testid="transition-preview">
          <p>
            Read {preview.value.rows} controls of the 2013 edition from {preview.value.fileName}. Applying answers{' '}
            {Object.keys(transition.answers).length} of the 2022 controls, each saying which 2013 rows it came from.
            {unsettled > 0 && ` ${unsettled} stay unanswered: the file says they apply but gives no status.`}{' '}
            {transition.newControls.length} controls are new in 2022 and get no answer: they are the work to do.
          </p>
          <div class="row">
            <button type="button" class="primary" onClick={() => void apply()}>
              Apply to this assessment
            </button>
            <button type="button" onClick={() => (preview.value = undefined)}>
              Discard
            </button>
          </div>
        </div>
      )}
      <p role="status" class="hint">
        {status.value}
      </p>
    </section>
  );
}
