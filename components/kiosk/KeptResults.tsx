import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import type { Question } from '../../lib/catalog';
import { toCsv } from '../../lib/exports/csv';
import { keptVisitsTable } from '../../lib/kiosk';
import { downloadText } from '../../lib/state/download';
import type { KioskStore } from '../../lib/state/kiosk-store';
import { ConfirmButton } from '../ui/ConfirmButton';
import { percent } from '../ui/format';
import { verdictText } from '../results/verdict-text';

interface Props {
  store: KioskStore;
  questions: readonly Question[];
}

const keptAt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The results visitors chose to keep: a list, a CSV export and delete-all with a confirmation. */
export function KioskKeptResults({ store, questions }: Props) {
  const live = useMemo(() => store.watchResults(), [store]);
  useEffect(() => live.dispose, [live]);
  const status = useSignal('');
  const results = live.value.value;

  function exportCsv() {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`kiosk-results-${day}.csv`, toCsv(keptVisitsTable(results, questions)));
    status.value = `Exported ${results.length} kept ${results.length === 1 ? 'result' : 'results'}.`;
  }

  async function deleteAll() {
    const count = results.length;
    try {
      await store.deleteAllResults();
      status.value = `Deleted ${count} kept ${count === 1 ? 'result' : 'results'}.`;
    } catch (error) {
      status.value = `The kept results could not be deleted (${String(error)}). Nothing was changed.`;
    }
  }

  return (
    <section class="card stack" aria-labelledby="kept-title">
      <h2 id="kept-title">Kept results ({live.ready.value ? results.length : '…'})</h2>
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
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={result.id}>
                  <td>{keptAt.format(result.keptAt)}</td>
                  <td>{result.contact.name}</td>
                  <td>{result.contact.organization ?? ''}</td>
                  <td>{result.contact.email}</td>
                  <td class="number">{percent(result.overall)}</td>
                  <td>{verdictText[result.verdict].title}</td>
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
          question={`Delete all ${results.length} kept results? This cannot be undone.`}
          disabled={results.length === 0}
          onConfirm={() => void deleteAll()}
        />
      </div>
      <p role="status" class="muted">
        {status.value}
      </p>
    </section>
  );
}
