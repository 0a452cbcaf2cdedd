/**
 * The timeline in the guide's four phases. Their published lengths (2–4, 2–4, 2–3 and 2–3 months) add up to
 * 8–14, which is not any band's total (moderate is 9–12), so the phases are fitted to the total:
 * - between 8 and 14 months, each phase starts at its published minimum and takes a share of the months left
 *   in proportion to its published spread, so every phase stays inside its published range;
 * - below 8 (a mature programme's 6), every phase shrinks in proportion to its minimum; above 14, grows in
 *   proportion to its maximum.
 * Phases are whole half months that add up exactly to the total (largest remainder), and a phase's high end
 * is its low end plus its share of the difference, so it is never shorter than its low end.
 */
import { phaseIds, phaseTitles, type PhaseId, type Range } from '../data/cost-model';

export interface Phase {
  id: PhaseId;
  title: string;
  months: Range;
}

function continuousMonths(total: number, published: Record<PhaseId, Range>): number[] {
  const lows = phaseIds.map((id) => published[id].low);
  const highs = phaseIds.map((id) => published[id].high);
  const lowSum = lows.reduce((sum, value) => sum + value, 0);
  const highSum = highs.reduce((sum, value) => sum + value, 0);
  if (total <= lowSum) return lows.map((low) => (total * low) / lowSum);
  if (total >= highSum) return highs.map((high) => (total * high) / highSum);
  return lows.map((low, index) => low + ((total - lowSum) * (highs[index]! - low)) / (highSum - lowSum));
}

/** Whole units adding up to `units`, each as close to its share as the total allows. */
function apportion(shares: number[], units: number): number[] {
  const floors = shares.map((share) => Math.floor(share));
  const left = units - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = shares.map((share, index) => index).sort((a, b) => shares[b]! - floors[b]! - (shares[a]! - floors[a]!) || a - b);
  for (const index of byRemainder.slice(0, Math.max(0, left))) floors[index]! += 1;
  return floors;
}

/** `months` must already be in half months (lib/estimate-model.ts rounds them). */
export function splitTimeline(months: Range, published: Record<PhaseId, Range>): Phase[] {
  const lowShares = continuousMonths(months.low, published);
  const highShares = continuousMonths(months.high, published);
  const lows = apportion(lowShares.map((share) => share * 2), Math.round(months.low * 2));
  const extra = apportion(
    highShares.map((share, index) => Math.max(0, share - lowShares[index]!) * 2),
    Math.round((months.high - months.low) * 2),
  );
  return phaseIds.map((id, index) => ({
    id,
    title: phaseTitles[id],
    months: { low: lows[index]! / 2, high: (lows[index]! + extra[index]!) / 2 },
  }));
}
