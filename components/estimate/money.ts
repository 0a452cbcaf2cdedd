/**
 * Money and number ranges on screen, in the locale and currency chosen in Settings. Reading the page's formats
 * here subscribes the calling component, so it redraws when the choice changes in any page.
 */
import type { Range } from '../../lib/estimate';
import { pageFormats } from '../../lib/state/formats';

const formats = () => pageFormats().formats.value;

export function money(value: number): string {
  return formats().money(value);
}

export function moneyRange(range: Range): string {
  return formats().moneyRange(range);
}

export function numberRange(range: Range, unit: string): string {
  return formats().numberRange(range, unit);
}
