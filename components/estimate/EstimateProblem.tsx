/** Why the roadmap, summary or an export cannot be made: the estimate they stand on failed. */
export function EstimateProblem({ errors, what }: { errors: string[]; what: string }) {
  return (
    <div role="alert" class="error">
      <p>The cost and timeline estimate cannot be made, so {what} cannot either. Check these in the Cost and timeline tab:</p>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  );
}
