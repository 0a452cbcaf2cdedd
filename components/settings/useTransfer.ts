import { useMemo } from 'preact/hooks';
import { pageDatabase } from '../../lib/state/database';
import { createTransfer, type Transfer } from '../../lib/state/transfer';

/** Import, backup, restore and delete-all on the page's database. */
export function useTransfer(): Transfer {
  return useMemo(() => createTransfer(pageDatabase()), []);
}
