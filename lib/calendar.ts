/**
 * Months on a calendar. Estimates count in half months; a half month is 15 days.
 */
export function addMonths(start: Date, months: number): Date {
  const whole = Math.floor(months);
  const result = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + whole, start.getUTCDate()));
  // Past the end of a shorter month (31 January + 1 month), stay on that month's last day.
  if (result.getUTCDate() !== start.getUTCDate()) result.setUTCDate(0);
  result.setUTCDate(result.getUTCDate() + Math.round((months - whole) * 30));
  return result;
}

/** "2026-11-25" → a UTC date, or undefined for anything else. */
export function parseIsoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text.trim() ? date : undefined;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
