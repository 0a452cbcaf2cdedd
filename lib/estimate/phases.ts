/**
 * The timeline in the guide's four phases. Their published lengths (2–4, 2–4, 2–3 and 2–3 months) add up to
 * 8–14, which is not any band's total (moderate is 9–12), so the phases are fitted to the total:
 * - between 8 and 14 months, each phase starts at its published minimum and takes a share of the months left
 *   in proportion to its published spread, so every phase stays inside its published range;
 * - below 8 (a mature programme's 6), every phase shrinks in proportion to its minimum; above 14, grows in
 *   proportion to its maximum.
 * Phases are whole half months that add up exactly to the total (largest remainder); a phase's low end is
 * capped at its high end, so the high end is never the shorter one.
 */
import { phaseIds, phaseTitles, type PhaseId, type Range } from '../../data/cost-model';

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

/**
 * Whole units adding up to `units`, each as close to its share as the total allows (largest remainder), and none
 * above its cap. The caps must add up to at least `units`.
 */
function apportion(shares: number[], units: number, caps: number[] = shares.map(() => units)): number[] {
  const counts = shares.map((share, index) => Math.min(Math.floor(share), caps[index]!));
  const remainder = (index: number) => shares[index]! - counts[index]!;
  const byRemainder = shares.map((_, index) => index).sort((a, b) => remainder(b) - remainder(a) || a - b);
  let left = units - counts.reduce((sum, value) => sum + value, 0);
  while (left > 0) {
    for (const index of byRemainder) {
      if (left > 0 && counts[index]! < caps[index]!) {
        counts[index] = counts[index]! + 1;
        left -= 1;
      }
    }
  }
  return counts;
}

/** `months` must already be in half months (lib/estimate/model.ts rounds them). */
export function splitTimeline(months: Range, published: Record<PhaseId, Range>): Phase[] {
  const halves = (total: number) => continuousMonths(total, published).map((share) => share * 2);
  const highs = apportion(halves(months.high), Math.round(months.high * 2));
  const lows = apportion(halves(months.low), Math.round(months.low * 2), highs);
  return phaseIds.map((id, index) => ({
    id,
    title: phaseTitles[id],
    months: { low: lows[index]! / 2, high: highs[index]! / 2 },
  }));
}
