import { describe, expect, it } from 'vitest';
import type { Level } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { defaultAssumptions } from '../../lib/estimate';
import { toCsv } from '../../lib/exports/csv';
import {
  assumedEmployees,
  consentText,
  consentVersion,
  keptVisit,
  keptVisitsTable,
  parseKeepForm,
  summarizeVisit,
  topGapCount,
  visitBand,
  visitorSizes,
  type KeepForm,
  type KioskAnswers,
  type VisitSummary,
} from '../../lib/kiosk';

const catalog = loadCatalog();
const questions = catalog.questionSets.quick;
const everyQuestionAt = (level: Level): KioskAnswers => Object.fromEntries(questions.map((question) => [question.id, level]));

describe('the visitor result', () => {
  it('nothing answered: no score, nothing covered, not ready but only as a guess, no gaps named, no cost band', () => {
    const actual = summarizeVisit(catalog, {});
    expect(actual).toEqual({
      overall: null,
      coverage: 0,
      confidence: 'low',
      verdict: 'not-ready',
      certainty: 'indicative',
      toConfirm: 14,
      answered: 0,
      topGaps: [],
    });
    expect(visitBand(actual.overall)).toBeUndefined();
  });

  it('everything audit-ready: full readiness beside partial coverage, no gaps, and only an indicative Stage 1', () => {
    const actual = summarizeVisit(catalog, everyQuestionAt(4));
    const covered = new Set(questions.flatMap((question) => question.covers)).size;
    expect(actual.overall).toBe(1);
    expect(actual.coverage).toBe(covered / catalog.items.length);
    expect(actual.coverage).toBeLessThan(1);
    expect(actual.answered).toBe(questions.length);
    expect(actual.topGaps).toEqual([]);
    // Stage 2 still waits for the controls the scan skips; Stage 1 waits for the quick answers to be confirmed.
    expect([actual.verdict, actual.certainty]).toEqual(['stage1-ready', 'indicative']);
    expect(actual.toConfirm).toBeGreaterThan(0);
  });

  it('names the weakest answers first (0, then don’t know, then 1, then 2), in question order within a level', () => {
    const [a, b, c, d, e] = questions.map((question) => question.id);
    const answers: KioskAnswers = { [a!]: 2, [b!]: 1, [c!]: 'dont-know', [d!]: 0, [e!]: 3 };
    const actual = summarizeVisit(catalog, answers).topGaps.map((gap) => [gap.questionId, gap.level]);
    expect(actual).toEqual([
      [d, 0],
      [c, 'dont-know'],
      [b, 1],
    ]);
    expect(topGapCount).toBe(3);
  });

  it('a gap is named after the heaviest item its question covers', () => {
    const access = questions.find((question) => question.id === 'quick.access-rights')!;
    const [gap] = summarizeVisit(catalog, { [access.id]: 0 }).topGaps;
    const covered = catalog.items.filter((item) => access.covers.includes(item.id));
    const heaviest = Math.max(...covered.map((item) => item.weight));
    expect(covered.filter((item) => item.weight === heaviest).map((item) => item.title)).toContain(gap!.title);
  });

  it('missing mandatory documents make the verdict "not ready"', () => {
    expect(summarizeVisit(catalog, everyQuestionAt(1)).verdict).toBe('not-ready');
  });
});

describe('the cost and timeline band', () => {
  it('is the estimator’s initial certification cost and months at the reference size', () => {
    const band = visitBand(0.5)!;
    expect(assumedEmployees).toBe(250);
    expect(band.initial.low).toBeGreaterThanOrEqual(40_000);
    expect(band.initial.high).toBeLessThanOrEqual(120_000);
    expect(band.months.low).toBeGreaterThanOrEqual(6);
    expect(band.months.high).toBeLessThanOrEqual(14);
  });

  it('grows with the organization and shrinks with readiness', () => {
    const [smallest, , , largest] = visitorSizes.map((size) => visitBand(0.5, size.employees)!);
    expect(largest!.initial.high).toBeGreaterThan(smallest!.initial.high);
    expect(visitBand(0.9)!.months.high).toBeLessThan(visitBand(0.1)!.months.high);
  });

  it("takes its months from the work the visitor's answers leave, as the cost tab does", () => {
    const catalog = loadCatalog();
    const months = (level: Level) => {
      const answers = Object.fromEntries(catalog.questionSets.quick.map((question) => [question.id, level]));
      return visitBand(summarizeVisit(catalog, answers).overall, assumedEmployees, defaultAssumptions, { catalog, answers })!.months;
    };
    // At 4 the quick scan still leaves items nobody answered to find out, so the three months of operation stay,
    // after a gap analysis that finds them out first.
    const [ready, halfway] = [months(4), months(2)];
    expect(ready).toEqual({ low: 5.5, high: 7 });
    expect(halfway.high).toBeGreaterThan(ready.high);
    expect(halfway).not.toEqual(visitBand(0.5)!.months);
  });
});

describe('keep my results', () => {
  const valid: KeepForm = { name: ' Ada Lovelace ', email: 'ada@example.com ', organization: '', consent: true };

  it('a complete form with consent gives trimmed contact fields', () => {
    expect(parseKeepForm(valid)).toEqual({ ok: true, contact: { name: 'Ada Lovelace', email: 'ada@example.com' } });
    expect(parseKeepForm({ ...valid, organization: ' Analytical Engines ' })).toMatchObject({
      contact: { organization: 'Analytical Engines' },
    });
  });

  it.each<[Partial<KeepForm>, keyof KeepForm, RegExp]>([
    [{ consent: false }, 'consent', /Tick the box/],
    [{ name: '   ' }, 'name', /Enter your name/],
    [{ name: '\u200b\u200b' }, 'name', /Enter your name/],
    [{ name: ' \u2060\u00a0' }, 'name', /Enter your name/],
    [{ email: '' }, 'email', /Enter your email/],
    [{ email: 'ada@' }, 'email', /valid email/],
    [{ name: 'x'.repeat(101) }, 'name', /too long/],
    [{ organization: 'x'.repeat(121) }, 'organization', /too long/],
  ])('%j is refused on %s', (change, field, message) => {
    const actual = parseKeepForm({ ...valid, ...change });
    expect(actual.ok).toBe(false);
    if (!actual.ok) expect(actual.errors[field]).toMatch(message);
  });

  it('the kept record carries the consent text and version, the answers, score, coverage, verdict and certainty', () => {
    // The scope written only ad hoc blocks Stage 1, and the visitor said so in the quick scan: indicative.
    const answers: KioskAnswers = { 'quick.scope-context': 1 };
    const summary = summarizeVisit(catalog, answers);
    const actual = keptVisit({ name: 'Ada', email: 'ada@example.com' }, answers, summary, 500, 'id-1', 42);
    expect(actual).toEqual({
      id: 'id-1',
      keptAt: 42,
      contact: { name: 'Ada', email: 'ada@example.com' },
      consent: { version: consentVersion, text: consentText },
      answers,
      overall: summary.overall,
      coverage: summary.coverage,
      verdict: summary.verdict,
      certainty: 'indicative',
      employees: 500,
    });
    expect(actual.answers).not.toBe(answers);
  });

  it('the operator’s CSV has one row per kept visit and neutralises formula-like names', () => {
    const visit = keptVisit(
      { name: '=HYPERLINK("http://evil")', email: 'x@example.com', organization: 'Acme, Inc.' },
      { [questions[0]!.id]: 3, [questions[1]!.id]: 'dont-know' },
      { overall: 0.456, coverage: 0.052, confidence: 'low', verdict: 'not-ready', certainty: 'indicative', toConfirm: 1, answered: 1, topGaps: [] },
      undefined,
      'id-2',
      Date.UTC(2026, 10, 25, 9, 30),
    );
    const table = keptVisitsTable([visit], questions);
    expect(table[0]!.slice(0, 10)).toEqual([
      'Kept at (UTC)',
      'Name',
      'Organization',
      'Email',
      'Readiness %',
      'Coverage %',
      'Verdict',
      'Certainty',
      'Headcount picked',
      'Consent version',
    ]);
    expect(table[0]).toHaveLength(10 + questions.length);
    expect(table[1]!.slice(0, 12)).toEqual([
      '2026-11-25T09:30:00.000Z',
      '=HYPERLINK("http://evil")',
      'Acme, Inc.',
      'x@example.com',
      46,
      5,
      'not-ready',
      'indicative',
      '',
      consentVersion,
      3,
      'dont-know',
    ]);
    const csv = toCsv(table);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")","Acme, Inc.",x@example.com,46,5,not-ready,indicative');
  });

  it('a visit kept before a catalog update keeps its answers to retired questions, in columns of their own', () => {
    const retired = catalog.retiredQuestions!;
    const summary: VisitSummary = {
      overall: 0.5, coverage: 0.1, confidence: 'low', verdict: 'not-ready', certainty: 'indicative', toConfirm: 1, answered: 2, topGaps: [],
    };
    const before = keptVisit({ name: 'Old', email: 'old@example.com' }, { 'quick.access-management': 1, [questions[0]!.id]: 2 }, summary, undefined, 'old', 1);
    const after = keptVisit({ name: 'New', email: 'new@example.com' }, { [questions[0]!.id]: 3 }, summary, undefined, 'new', 2);
    const fixedColumns = 10;

    const [header, oldRow, newRow] = keptVisitsTable([before, after], questions, retired);
    expect(header!.slice(fixedColumns)).toEqual([
      ...questions.map((question, index) => `Q${index + 1}: ${question.text}`),
      `Retired question: ${retired.find((question) => question.id === 'quick.access-management')!.text}`,
    ]);
    expect(oldRow!.slice(fixedColumns)).toEqual([2, ...questions.slice(1).map(() => ''), 1]);
    expect(newRow!.at(-1)).toBe('');
    // Retired questions nobody answered add no empty columns.
    expect(keptVisitsTable([after], questions, retired)[0]).toHaveLength(fixedColumns + questions.length);
  });
});

describe("the visitor's cost band", () => {
  it("uses the operator's own rates when given", () => {
    const dearer = structuredClone(defaultAssumptions);
    dearer.approaches.consultant.dayRate *= 2;
    const standard = visitBand(0.5)!;
    const operator = visitBand(0.5, assumedEmployees, dearer)!;
    expect(operator.initial.high).toBeGreaterThan(standard.initial.high);
    expect(operator.months).toEqual(standard.months);
  });
});
