import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { resolveItemAnswers } from '../../lib/questionnaire';
import { scoreResolved, type GroupScore, type Score } from '../../lib/scoring';
import { coverageWords } from '../../lib/verdict-words';
import { percent, signedPoints } from '../ui/format';
import { ThemeRadar } from './ThemeRadar';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** Two assessments side by side (e.g. a point-in-time copy and today): per clause and theme, with deltas. */
export function CompareView() {
  const workspace = useWorkspace();
  const assessments = workspace.assessments.value;
  const current = workspace.current.value!;
  const baselineId = useSignal(current.copiedFrom ?? assessments.find((record) => record.id !== current.id)?.id ?? '');
  const baseline = useLiveScore(baselineId.value);
  const score = workspace.score.value!;
  const catalog = workspace.catalog.value!;

  if (assessments.length < 2) return <p class="muted">Compare needs a second assessment: duplicate this one to keep a point-in-time copy.</p>;

  const rows = catalog.groups.map((group) => {
    const pick = (from: Score): GroupScore => (group.kind === 'clause' ? from.clauses : from.themes)[group.id as never];
    return { group, now: pick(score), before: baseline ? pick(baseline) : undefined };
  });
  return (
    <section class="stack" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      <div class="field">
        <label for="compare-with">Compare “{current.organization}” with</label>
        <select id="compare-with" value={baselineId.value} onChange={(event) => (baselineId.value = event.currentTarget.value)}>
          {assessments
            .filter((record) => record.id !== current.id)
            .map((record) => (
              <option key={record.id} value={record.id}>
                {record.organization}
              </option>
            ))}
        </select>
      </div>
      {baseline && <ThemeRadar themes={score.themes} compareWith={baseline.themes} />}
      <p class="hint">Solid: this assessment. Dashed: the one compared with.</p>
      <table class="data" aria-label="Readiness compared">
        <thead>
          <tr>
            <th scope="col">Clause or theme</th>
            <th scope="col" class="number">Compared with</th>
            <th scope="col" class="number">This one</th>
            <th scope="col" class="number">Change</th>
          </tr>
        </thead>
        <tbody>
          <Row label="Overall" before={baseline?.overall ?? null} now={score.overall} />
          {rows.map(({ group, now, before }) => (
            <Row
              key={group.id}
              label={`${group.kind === 'clause' ? 'Clause ' : ''}${group.id} ${group.title}`}
              before={before?.score ?? null}
              now={now.score}
            />
          ))}
        </tbody>
      </table>
      <p class="hint" data-testid="compare-coverage">
        {baseline && `Compared with: ${coverageWords(baseline.coverage)}, confidence ${baseline.confidence}. `}
        This one: {coverageWords(score.coverage)}, confidence {score.confidence}.
      </p>
    </section>
  );
}

function Row({ label, before, now }: { label: string; before: number | null; now: number | null }) {
  const delta = before !== null && now !== null ? now - before : null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="number">{percent(before)}</td>
      <td class="number">{percent(now)}</td>
      <td class={`number ${delta === null ? '' : delta > 0.004 ? 'delta-up' : delta < -0.004 ? 'delta-down' : ''}`}>
        {delta === null ? '—' : signedPoints(delta)}
      </td>
    </tr>
  );
}

function useLiveScore(id: string): Score | undefined {
  const workspace = useWorkspace();
  const catalog = workspace.catalog.value!;
  const live = useMemo(() => (id ? workspace.watchAnswers(id) : undefined), [id, workspace]);
  useEffect(() => () => live?.dispose(), [live]);
  if (!live?.ready.value) return undefined;
  return scoreResolved(catalog, resolveItemAnswers(catalog, live.value.value));
}
