import type { Range } from '../../lib/estimate';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function money(value: number): string {
  return usd.format(value);
}

export function moneyRange(range: Range): string {
  return range.low === range.high ? money(range.low) : `${money(range.low)} – ${money(range.high)}`;
}

export function numberRange(range: Range, unit: string): string {
  return range.low === range.high
    ? `${number.format(range.low)} ${unit}`
    : `${number.format(range.low)}–${number.format(range.high)} ${unit}`;
}
