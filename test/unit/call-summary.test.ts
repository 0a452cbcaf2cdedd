import { describe, expect, it } from 'vitest';
import type { Answers, Level } from '../../lib/answers';
import { buildCallSummary } from '../../lib/call-summary';
import { loadCatalog } from '../../lib/catalog';
import { buildSummary } from '../../lib/exports/summary';
import { defaultFormats, formatsFor } from '../../lib/locale/formats';
import { buildRoadmap } from '../../lib/roadmap';
import { scoreAssessment } from '../../lib/scoring';
import { fixtureEstimate, fixtureRecord } from '../fixtures/report';

const catalog = loadCatalog();
const allIds = catalog.items.map((item) => item.id);

function summaryOf(levels: Record<string, Level>, formats = defaultFormats) {
  const answers: Answers = Object.fromEntries(Object.entries(levels).map(([id, level]) => [id, { level }]));
  const score = scoreAssessment(catalog, answers);
  const record = { ...fixtureRecord, organization: 'Northwind' };
  return buildSummary(catalog, record, score, fixtureEstimate, buildRoadmap(catalog, answers, score, fixtureEstimate), formats);
}

const allAt = (level: Level): Record<string, Level> => Object.fromEntries(allIds.map((id) => [id, level]));

describe('buildCallSummary', () => {
  it('says readiness with its confidence, the verdict with the three biggest gaps, then fees and months', () => {
    const actual = buildCallSummary(summaryOf({ ...allAt(3), '6.1.2': 0, '9.2.2': 1, '5.2': 1, '10.2': 0 }));
    expect(actual.sentences).toHaveLength(3);
    expect(actual.sentences[0]).toMatch(/^Northwind is about \d+ % ready for ISO\/IEC 27001, with high confidence \(100 % of requirements covered\)\.$/);
    expect(actual.sentences[1]).toMatch(/^An auditor would stop at the first look at the documents today; the biggest gaps are [^,]+, [^,]+ and [^,]+\.$/);
    expect(actual.sentences[2]).toBe(
      'Getting certified would cost about $40,000 – $120,000 in external fees and take 9–12 months from kickoff to the certificate audit.',
    );
    expect(actual.text).toBe(`ISO/IEC 27001 readiness: Northwind\n\n${actual.sentences.join(' ')}\n`);
  });

  it.each<[string, Record<string, Level>, RegExp]>([
    ['all in place', allAt(4), /^Everything an auditor checks is in place, so the certification audit can be booked\.$/],
    ['every record kept, one control not yet evidenced', { ...allAt(3), 'A.8.8': 1 }, /^The documents an auditor reads first are in place, but some controls do not run with records yet; the biggest gap is A?\.?[^,]+\.$/],
  ])('puts the verdict in plain words: %s', (_, levels, expected) => {
    const actual = buildCallSummary(summaryOf(levels)).sentences[1];
    expect(actual).toMatch(expected);
    expect(actual).not.toMatch(/Stage [12]|documented information/);
  });

  it('says when there is no figure yet rather than printing a blank', () => {
    const actual = buildCallSummary(summaryOf({ '4.3': 'dont-know' })).sentences[0];
    expect(actual).toBe('Northwind has not answered enough yet to put a figure on its readiness for ISO/IEC 27001.');
  });

  it("speaks the summary's currency and number format", () => {
    const actual = buildCallSummary(summaryOf(allAt(2), formatsFor({ locale: 'de-DE', currency: 'EUR' }))).sentences[2]!;
    expect(actual.replace(/\s/g, ' ')).toContain('40.000–120.000 €');
    expect(actual).toContain('9–12 months');
  });
});
