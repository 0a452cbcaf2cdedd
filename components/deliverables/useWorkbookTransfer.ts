import { useMemo } from 'preact/hooks';
import { pageDatabase } from '../../lib/state/database';
import { createWorkbookTransfer, type WorkbookTransfer } from '../../lib/state/workbook';

/** Workbook export, preview and apply on the page's database. */
export function useWorkbookTransfer(): WorkbookTransfer {
  return useMemo(() => createWorkbookTransfer(pageDatabase()), []);
}
