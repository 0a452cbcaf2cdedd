/**
 * Timeouts that scale with the machine, not with luck (issue 16): on a machine whose cores are already busy, every
 * step of a test takes longer, so every limit grows with how busy it was when the run started. The factor is
 * worked out once, in the process that starts the run, and handed to the workers through the environment.
 */
import { availableParallelism, loadavg } from 'node:os';

/** Runnable processes per core over the last minute, from 1 (idle or lightly used) up to 4. */
function busyness(): number {
  const perCore = loadavg()[0]! / availableParallelism();
  return Math.min(4, Math.max(1, perCore));
}

process.env.READINESS_E2E_SLOWNESS ??= busyness().toFixed(2);
export const slowness = Number(process.env.READINESS_E2E_SLOWNESS);

const scaled = (idleMs: number) => Math.round(idleMs * slowness);

export const timeouts = {
  /** One test, start to end; each should take well under a third of it on an idle machine. */
  test: scaled(60_000),
  /** One expectation waiting for a state. */
  expect: scaled(10_000),
  /** Work measured in seconds even on an idle machine, e.g. checking and restoring 1,500 assessments. */
  long: scaled(60_000),
};
