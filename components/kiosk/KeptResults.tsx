import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { OpenedResults } from '../../lib/db/kiosk';
import type { Question } from '../../lib/catalog';
import { toCsv } from '../../lib/exports/csv';
import { keptVisitsTable } from '../../lib/kiosk';
import { downloadText } from '../../lib/state/download';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { ConfirmButton } from '../ui/ConfirmButton';
import { percent } from '../ui/format';
import { useFormats } from '../ui/useFormats';
import { verdictTitle } from '../../lib/verdict-words';

interface Props {
  store: KioskStore;
  questions: readonly Question[];
  retiredQuestions: readonly Question[];
}

/**
 * The results visitors chose to keep, opened with the operator's key (held only while the panel is unlocked):
 * a list, a CSV export and delete-all with a confirmation.
 */
export function KioskKeptResults({ store, questions, retiredQuestions }: Props) {
  const formats = useFormats();
  const live = useMemo(() => store.watchResults(), [store]);
  useEffect(() => live.dispose, [live]);
  const status = useSignal('');
  const opened = useSignal<OpenedResults | undefined>(undefined);
  const records = live.value.value;
  const key = store.operatorKey.value;
  useEffect(() => {
    let current = true;
    if (key) void store.openResults(records, key).then((result) => current && (opened.value = result));
    return () => (current = false);
  }, [records, key]);
  const results = opened.value?.visits ?? [];
  const unreadable = key ? (opened.value?.unreadable ?? 0) : records.length;

  function exportCsv() {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`kiosk-results-${day}.csv`, toCsv(keptVisitsTable(results, questions, retiredQuestions)));
    status.value = `Exported ${results.length} kept ${results.length === 1 ? 'result' : 'results'}.`;
  }

  async function deleteAll() {
    const count = records.length;
    try {
      await store.deleteAllResults();
      status.value = `Deleted ${count} kept ${count === 1 ? 'result' : 'results'}.`;
    } catch (error) {
      status.value = `The kept results could not be deleted (${String(error)}). Nothing was changed.`;
    }
  }

  return (
    <section class="card stack" aria-labelledby="kept-title">
      <h2 id="kept-title">Kept results ({live.ready.value ? records.length : '…'})</h2>
      {unreadable > 0 && (
        <p class="error">
          {unreadable} kept {unreadable === 1 ? 'result' : 'results'} cannot be opened with this PIN’s key
          {key ? ' (damaged, or kept under a PIN that was reset).' : ': the stored kiosk key is damaged.'}
        </p>
      )}
      {results.length === 0 ? (
        <p class="muted">No visitor has kept a result yet.</p>
      ) : (
        <div class="kiosk-table-scroll">
          <table class="data">
            <thead>
              <tr>
                <th scope="col">Kept</th>
                <th scope="col">Name</th>
                <th scope="col">Organization</th>
                <th scope="col">Email</th>
                <th scope="col" class="number">
                  Readiness
                </th>
                <th scope="col" class="number">
                  Covered
                </th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={result.id}>
                  <td>{formats.moment(result.keptAt)}</td>
                  <td>{result.contact.name}</td>
                  <td>{result.contact.organization ?? ''}</td>
                  <td>{result.contact.email}</td>
                  <td class="number">{percent(result.overall)}</td>
                  <td class="number">{percent(result.coverage ?? null)}</td>
                  <td>{verdictTitle(result.verdict, result.certainty ?? 'indicative')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="row">
        <button type="button" onClick={exportCsv} disabled={results.length === 0}>
          Export CSV
        </button>
        <ConfirmButton
          label="Delete all kept results"
          question={`Delete all ${records.length} kept results? This cannot be undone.`}
          disabled={records.length === 0}
          onConfirm={() => void deleteAll()}
        />
      </div>
      <p role="status" class="muted">
        {status.value}
      </p>
    </section>
  );
}
