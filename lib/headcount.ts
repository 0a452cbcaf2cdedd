/**
 * How many people work at an organization, as a person types it. Thousands are written "1,000" in English,
 * "1.000" in German, "1 000" in French and "1'000" in Swiss usage, and "1,00,000" in India: all are read as the
 * whole number they mean. Input that could mean two numbers ("1,5": one and a half, or fifteen?) gets a question
 * back rather than a guess, and every refusal says what to type instead.
 */
export const maxEmployees = 1_000_000;

export type ParsedHeadcount = { ok: true; value: number } | { ok: false; error: string };

// Spaces of every width that locales put between thousands, and the Swiss apostrophe.
const spaceGroups = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/;
const commaGroups = /^\d{1,3}(?:,\d{3})+$/;
const dotGroups = /^\d{1,3}(?:\.\d{3})+$/;
const apostropheGroups = /^\d{1,3}(?:['\u2019]\d{3})+$/;
const indianGroups = /^\d{1,2}(?:,\d{2})+,\d{3}$/;
const fraction = /^\d*[.,]\d+$/;
const range = /^\d[\d.,\s]*\s*(?:-|–|—|to)\s*\d[\d.,\s]*$/;

const wholeNumber = (value: number): ParsedHeadcount =>
  value < 1
    ? { ok: false, error: 'Headcount starts at 1: count everyone who works there, yourself included.' }
    : value > maxEmployees
      ? { ok: false, error: `That is more than ${maxEmployees.toLocaleString('en-US')} people, the largest organization the estimate covers.` }
      : { ok: true, value };

export function parseHeadcount(text: string): ParsedHeadcount {
  const typed = text.trim();
  if (typed === '') return { ok: false, error: 'Enter how many people work there, for example 250.' };
  if (/^-\s*\d/.test(typed)) return wholeNumber(-1);
  if (/^\d+$/.test(typed)) return wholeNumber(Number(typed));
  for (const grouped of [spaceGroups, commaGroups, dotGroups, apostropheGroups, indianGroups]) {
    if (grouped.test(typed)) return wholeNumber(Number(typed.replace(/\D/g, '')));
  }
  if (fraction.test(typed)) {
    const [whole = '', part = ''] = typed.split(/[.,]/);
    const joined = Number(`${whole}${part}`);
    return {
      ok: false,
      error: `Did you mean ${joined.toLocaleString('en-US')} people? Headcount is a whole number: type it without a decimal mark, like ${joined}.`,
    };
  }
  if (range.test(typed)) return { ok: false, error: 'Give one number rather than a range: the middle of it is close enough.' };
  return { ok: false, error: 'Type the headcount in digits, like 250 or 1,200.' };
}
