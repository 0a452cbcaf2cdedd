import type { Estimate } from '../../lib/estimate';

/** What each driver changed against the guide's reference profile, in words. */
export function DriverEffects({ estimate }: { estimate: Estimate }) {
  const changed = estimate.drivers.filter((driver) => !driver.atReference);
  return (
    <section class="stack" aria-labelledby="drivers-title">
      <h3 id="drivers-title">What moves these figures</h3>
      {changed.length === 0 ? (
        <p>This is the guide's reference profile: a mid-market organization with typical choices.</p>
      ) : (
        <ul class="findings" aria-label="Driver effects">
          {changed.map((driver) => (
            <li key={driver.id} data-driver={driver.id}>
              {driver.effect}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">
        At the reference: {estimate.drivers.filter((driver) => driver.atReference).map((driver) => driver.label).join(', ') || 'none'}.
      </p>
    </section>
  );
}
