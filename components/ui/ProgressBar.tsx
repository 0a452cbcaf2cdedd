import type { Progress } from '../../lib/questionnaire';
import { questionsAnsweredWords } from '../../lib/verdict-words';

/**
 * Questions answered in full colour, answers carried over from a broader question in a lighter shade. It counts
 * questions; how much of the standard the answers cover is coverage, shown beside the readiness figures.
 */
export function ProgressBar({ progress }: { progress: Progress }) {
  const { answered, inherited, total } = progress;
  const percent = (count: number) => (total === 0 ? 0 : (count / total) * 100);
  const label =
    questionsAnsweredWords(answered, total) +
    (inherited > 0 ? `, ${inherited} more carried over from a broader question` : '');
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
