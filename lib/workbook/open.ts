/**
 * Opens a workbook for reading: the zip is checked before anything is unpacked (zip-guard.ts), and whatever the
 * library throws while loading or while `read` walks the sheets becomes a refusal with its reason. Never throws.
 */
import { Workbook } from '@cj-tech-master/excelts';
import type { Checked } from '../exports/file-guard';
import { unpackWorkbook, workbookLimits, type ZipLimits } from './zip-guard';

export async function readOpenedWorkbook<T>(
  bytes: Uint8Array,
  read: (workbook: Workbook) => Checked<T>,
  limits: ZipLimits = workbookLimits,
): Promise<Checked<T>> {
  const parts = await unpackWorkbook(bytes, limits);
  if (!parts.ok) return parts;
  try {
    const workbook = new Workbook();
    await workbook.xlsx.loadFromFiles(parts.value);
    return read(workbook);
  } catch (error) {
    return { ok: false, error: `The workbook could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
