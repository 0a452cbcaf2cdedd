import type { Progress } from '../../lib/questionnaire';

/** Own answers in full colour, answers carried over from a broader question in a lighter shade. */
export function ProgressBar({ progress }: { progress: Progress }) {
  const { answered, inherited, total } = progress;
  const percent = (count: number) => (total === 0 ? 0 : (count / total) * 100);
  const label =
    `${answered} of ${total} answered` + (inherited > 0 ? `, ${inherited} more carried over from a broader question` : '');
  return (
    <div>
      <div class="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={answered} aria-label={label}>
        <span class="own" style={{ width: `${percent(answered)}%` }} />
        <span class="inherited" style={{ width: `${percent(inherited)}%` }} />
      </div>
      <p class="hint" aria-hidden="true">
        {label}
      </p>
    </div>
  );
}
