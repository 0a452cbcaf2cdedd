/**
 * The workbook round trip, bound to the page's database for components. The spreadsheet code (lib/workbook and
 * its library) loads only when a workbook is asked for, so no page carries it at start. Reading a workbook
 * never writes; only `apply` does, with the changes the user chose from the preview.
 */
import type { Answers } from '../answers';
import type { Catalog } from '../catalog';
import { saveAnswers } from '../db/answers';
import type { DatabaseHandle } from './live';
import type { WorkbookInput, WorkbookPreview } from '../workbook';

export type PreviewOutcome = { ok: true; preview: WorkbookPreview } | { ok: false; error: string };

export type WorkbookTransfer = ReturnType<typeof createWorkbookTransfer>;

const megabytes = (size: number) => `${(size / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

export function createWorkbookTransfer(db: DatabaseHandle, clock: () => number = Date.now) {
  return {
    async workbook(input: Omit<WorkbookInput, 'now'>): Promise<Uint8Array<ArrayBuffer>> {
      const { toWorkbook } = await import('../workbook');
      return toWorkbook({ ...input, now: clock() });
    },
    /** What the file would change in the current answers; the file is refused unread when it is far too large. */
    async preview(file: Blob, catalog: Catalog, current: Answers): Promise<PreviewOutcome> {
      const { readWorkbook, previewWorkbook, workbookLimits } = await import('../workbook');
      if (file.size > workbookLimits.maxFileBytes) {
        return { ok: false, error: `The file is too large (${megabytes(file.size)}); a workbook from this extension is at most ${megabytes(workbookLimits.maxFileBytes)}.` };
      }
      const read = await readWorkbook(new Uint8Array(await file.arrayBuffer()), catalog);
      return read.ok ? { ok: true, preview: previewWorkbook(catalog, current, read.value) } : read;
    },
    /** Writes the chosen changes as the items' own answers, all at once; returns how many were written. */
    async apply(assessmentId: string, preview: WorkbookPreview, itemIds: ReadonlySet<string>): Promise<number> {
      const { chosenAnswers } = await import('../workbook');
      const answers = chosenAnswers(preview, itemIds);
      await saveAnswers(await db, assessmentId, answers, clock());
      return Object.keys(answers).length;
    },
  };
}
