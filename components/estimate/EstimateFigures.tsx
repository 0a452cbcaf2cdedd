import type { Estimate } from '../../lib/estimate';
import { moneyRange, numberRange } from './money';

/** Totals, then each line item as a range bar on one shared scale. */
export function EstimateFigures({ estimate }: { estimate: Estimate }) {
  const largest = Math.max(...estimate.lineItems.map((item) => item.high), 1);
  return (
    <section class="stack" aria-labelledby="cost-title">
      <h3 id="cost-title">Cost</h3>
      <dl class="totals">
        <div>
          <dt>Initial certification, external</dt>
          <dd data-testid="initial">{moneyRange(estimate.initial)}</dd>
        </div>
        <div>
          <dt>First year, with staff time</dt>
          <dd data-testid="first-year">{moneyRange(estimate.firstYear)}</dd>
        </div>
        <div>
          <dt>Three-year cost of ownership</dt>
          <dd data-testid="three-year">{moneyRange(estimate.threeYear)}</dd>
        </div>
        <div>
          <dt>Internal effort, first year</dt>
          <dd data-testid="internal">
            {numberRange(estimate.internalDays, 'person-days')} ({moneyRange(estimate.internalCost)})
          </dd>
        </div>
      </dl>
      <table class="data" aria-label="Line items">
        <thead>
          <tr>
            <th scope="col">Line item</th>
            <th scope="col" class="when-cell">When</th>
            <th scope="col" class="number">Range</th>
            <th scope="col" class="range-cell">
              <span class="visually-hidden">Range drawn to scale</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {estimate.lineItems.map((item) => (
            <tr key={item.id} data-line-item={item.id}>
              <th scope="row">
                {item.label}
                <span class="when-inline hint">{item.when}</span>
              </th>
              <td class="when-cell">{item.when}</td>
              <td class="number">{moneyRange(item)}</td>
              <td class="range-cell" aria-hidden="true">
                <span
                  class="range-bar"
                  style={{ marginLeft: `${(item.low / largest) * 100}%`, width: `${Math.max(((item.high - item.low) / largest) * 100, 1)}%` }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
