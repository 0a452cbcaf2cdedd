import { describe, expect, it } from 'vitest';
import { addMonths, isoDate, parseIsoDate } from '../../lib/calendar';

describe('calendar', () => {
  it.each([
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-15', 1.5, '2026-03-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-11-25', 12, '2027-11-25'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s + %d months = %s', (start, months, expected) => {
    expect(isoDate(addMonths(parseIsoDate(start)!, months))).toBe(expected);
  });

  it.each(['', '2026-13-01', '2026-02-30', '25/11/2026', 'tomorrow'])('rejects %j as a date', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});
