import { useSignal } from '@preact/signals';
import { downloadText } from '../../lib/state/download';
import type { RestoreCounts, RestoreProgress, SettingsRestored } from '../../lib/state/transfer';
import { backupFileName } from '../ui/file-names';
import { useTransfer } from './useTransfer';
import { useWorkspace } from '../workspace/WorkspaceContext';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const settingNames = { rateCard: 'rate card', brand: 'brand' } as const;

/** One sentence per setting the backup carried: restored, the same as here, or different and left as it is here. */
function settingsMessage(settings: SettingsRestored): string {
  return (Object.keys(settingNames) as Array<keyof SettingsRestored>)
    .flatMap((key) => {
      const name = settingNames[key];
      const outcome = settings[key];
      if (outcome === 'restored') return [` The backup's ${name} was restored.`];
      if (outcome === 'unchanged') return [` The backup's ${name} is the same as yours.`];
      if (outcome === 'kept-yours') return [` The backup's ${name} differs from yours, and yours was kept: reset yours, then restore again to use the backup's.`];
      return [];
    })
    .join('');
}

function restoredMessage(counts: RestoreCounts, total: number): string {
  const parts = [
    `${counts.added} added`,
    ...(counts.addedAsCopies > 0 ? [`${counts.addedAsCopies} added as ${counts.addedAsCopies === 1 ? 'a copy' : 'copies'}, because a different version is already here`] : []),
    ...(counts.unchanged > 0 ? [`${counts.unchanged} already here and unchanged`] : []),
  ];
  const deleted =
    counts.deleted === 0
      ? ''
      : counts.deleted === 1
        ? ' One of them was deleted when the backup was made, and stays deleted.'
        : ` ${counts.deleted} of them were deleted when the backup was made, and stay deleted.`;
  return `Restored. The backup held ${plural(total, 'assessment')}: ${parts.join(', ')}.${deleted}`;
}

function progressMessage(progress: RestoreProgress): string {
  if (progress.step === 'reading') return 'Reading the backup…';
  if (progress.step === 'checking') return `Checking the backup: ${progress.checked.toLocaleString('en-US')} of ${plural(progress.total, 'assessment')}…`;
  return `Restoring ${plural(progress.total, 'assessment')}…`;
}

/** Download every assessment as one file, and restore such a file; a restore never overwrites anything. */
export function BackupPanel() {
  const workspace = useWorkspace();
  const transfer = useTransfer();
  const status = useSignal('');
  const error = useSignal('');
  const busy = useSignal(false);
  const progress = useSignal<RestoreProgress | undefined>(undefined);

  async function run(action: () => Promise<void>) {
    busy.value = true;
    status.value = '';
    error.value = '';
    try {
      await action();
    } catch (failure) {
      error.value = `Something went wrong (${failure instanceof Error ? failure.message : String(failure)}). Nothing was changed.`;
    } finally {
      busy.value = false;
    }
  }

  const download = () =>
    run(async () => {
      const now = Date.now();
      const backup = await transfer.backupJson(workspace.catalog.value!.version);
      const fileName = backupFileName(now);
      downloadText(fileName, backup.text, 'application/json');
      const extras = [backup.settings.rateCard && 'your rate card', backup.settings.brand && 'your brand'].filter(Boolean);
      status.value = `Saved ${plural(backup.count, 'assessment')}${extras.length > 0 ? `, ${extras.join(' and ')}` : ''} to ${fileName}.`;
    });

  const restore = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      if (!file) return;
      try {
        const outcome = await transfer.restoreFile(file, workspace.catalog.value!, (step) => (progress.value = step));
        if (outcome.ok) status.value = restoredMessage(outcome.counts, outcome.total) + settingsMessage(outcome.settings);
        else error.value = `The backup was not restored, and nothing was changed. ${outcome.error}`;
      } finally {
        input.value = '';
        progress.value = undefined;
      }
    });

  return (
    <section class="card stack" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup and restore</h2>
      <p class="hint">
        A backup holds every assessment with its answers, notes and settings, including those deleted in the last seven days, and your
        rate card and brand.
      </p>
      <div class="row">
        <button type="button" onClick={() => void download()} disabled={busy.value}>
          Download a backup
        </button>
      </div>
      <div class="field">
        <label for="restore-file">Restore from a backup</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          disabled={busy.value}
          aria-invalid={error.value ? true : undefined}
          aria-describedby={error.value ? 'restore-file-error restore-hint' : 'restore-hint'}
          onChange={(event) => void restore(event.currentTarget)}
        />
        {/* Said once, as it appears: a file is checked after it is chosen, with no submit to move focus. */}
        {error.value && (
          <p id="restore-file-error" class="error import-error" role="alert">
            {error.value}
          </p>
        )}
        <p class="hint" id="restore-hint">
          Adds what the backup holds. Assessments already here are never overwritten or removed.
        </p>
      </div>
      <p role="status" class="hint">
        {progress.value ? progressMessage(progress.value) : status.value}
      </p>
      {progress.value?.step === 'checking' && (
        <progress max={progress.value.total} value={progress.value.checked} aria-label="Checking the backup" />
      )}
    </section>
  );
}
