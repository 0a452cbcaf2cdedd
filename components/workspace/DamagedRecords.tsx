import { useSignal } from '@preact/signals';
import { downloadText } from '../../lib/state/download';
import { useTransfer } from '../settings/useTransfer';
import { backupFileName } from '../ui/file-names';
import { useWorkspace } from './WorkspaceContext';

const kindWords = { assessment: 'Assessment', answer: 'Answer' } as const;

/**
 * Stored records that could not be read: named, set aside (everything else works as usual), and offered for
 * download: a backup of everything readable, and the damaged records exactly as they are stored.
 */
export function DamagedRecords() {
  const workspace = useWorkspace();
  const transfer = useTransfer();
  const status = useSignal('');
  const damaged = workspace.damaged.value;
  if (damaged.length === 0) return null;

  async function downloadReadable() {
    const backup = await transfer.backupJson(workspace.catalog.value?.version ?? 'unknown');
    const fileName = backupFileName(Date.now());
    downloadText(fileName, backup.text, 'application/json');
    status.value = `Saved ${backup.count} readable assessment${backup.count === 1 ? '' : 's'} to ${fileName}.`;
  }

  function downloadDamaged() {
    const fileName = backupFileName(Date.now()).replace('backup', 'damaged-records');
    downloadText(fileName, `${JSON.stringify(damaged, null, 2)}\n`, 'application/json');
    status.value = `Saved the damaged records to ${fileName}.`;
  }

  return (
    <section class="card stack damaged-records" aria-labelledby="damaged-title">
      <h2 id="damaged-title">Some saved data could not be read</h2>
      <p role="alert">
        {damaged.length === 1 ? 'One stored record is' : `${damaged.length} stored records are`} damaged, so{' '}
        {damaged.length === 1 ? 'it is' : 'they are'} set aside; everything else works as usual. Nothing has been deleted.
      </p>
      <ul>
        {damaged.map((record) => (
          <li key={`${record.kind} ${record.key}`}>
            {kindWords[record.kind]} <code>{record.key}</code>: {record.problem}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" class="primary" onClick={() => void downloadReadable()}>
          Download a backup of everything readable
        </button>
        <button type="button" onClick={downloadDamaged}>
          Download the damaged records as they are
        </button>
      </div>
      <p role="status" class="hint">
        {status.value}
      </p>
    </section>
  );
}
