import { writeProblem } from '../../lib/state/write-problem';

/** Says that something could not be saved, until the next write succeeds or the user dismisses it. */
export function WriteProblem() {
  const problem = writeProblem.value;
  if (!problem) return null;
  return (
    <div class="card write-problem" role="alert">
      <p>{problem}</p>
      <button type="button" onClick={() => (writeProblem.value = undefined)}>
        Dismiss
      </button>
    </div>
  );
}
