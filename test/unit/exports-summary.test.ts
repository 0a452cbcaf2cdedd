import { describe, expect, it } from 'vitest';
import type { Answers, Level } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { toReportHtml } from '../../lib/exports/html';
import { toMarkdown } from '../../lib/exports/markdown';
import { buildSummary, type Summary } from '../../lib/exports/summary';
import { defaultFormats, formatsFor } from '../../lib/locale/formats';
import { buildRoadmap } from '../../lib/roadmap';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { scoreAssessment, scoreResolved } from '../../lib/scoring';
import { fixtureEstimate, fixtureKickoff, fixtureRecord, fixtureReport } from '../fixtures/report';

const catalog = loadCatalog();
const allIds = catalog.items.map((item) => item.id);
const recordItems = [...new Set(catalog.mandatoryDocuments.filter((doc) => doc.kind === 'record').map((doc) => doc.item))];

function summaryOf(levels: Record<string, Level>, owners: Record<string, string> = {}): Summary {
  const answers: Answers = Object.fromEntries(
    Object.entries(levels).map(([id, level]) => [id, { level, ...(owners[id] ? { owner: owners[id] } : {}) }]),
  );
  const score = scoreAssessment(catalog, answers);
  return buildSummary(catalog, fixtureRecord, score, fixtureEstimate, buildRoadmap(catalog, answers, score, fixtureEstimate, { kickoff: fixtureKickoff }), defaultFormats);
}

const allAt = (level: Level): Record<string, Level> => Object.fromEntries(allIds.map((id) => [id, level]));

describe('buildSummary', () => {
  it.each<[string, Record<string, Level>, Summary['verdict']]>([
    ['everything audit-ready', allAt(4), {
      id: 'stage2-ready',
      headline: 'Ready for the certification audit',
      sentence: 'Every requirement and applicable control operates with records: Stage 1 and Stage 2 can be booked.',
    }],
    ['everything defined, so the records are only planned', allAt(2), {
      id: 'not-ready',
      headline: 'Not ready for Stage 1 yet',
      sentence:
        '8 of the 26 documents and records an auditor reads at Stage 1 are missing or unfinished, starting with: ' +
        'Evidence of competence, Risk assessment results and Risk treatment results.',
    }],
    ['documents defined, records implemented', { ...allAt(2), ...Object.fromEntries(recordItems.map((id) => [id, 3 as const])) }, {
      id: 'stage1-ready',
      headline: 'Ready for Stage 1, not yet for Stage 2',
      sentence:
        'The mandatory documents are written and the records Stage 1 checks exist. Before Stage 2, 23 clause ' +
        'requirements and 93 controls still need to operate with records; a control your risk treatment plan ' +
        'schedules is acceptable at Stage 1.',
    }],
    ['only the scope missing', { ...allAt(3), '4.3': 0 }, {
      id: 'not-ready',
      headline: 'Not ready for Stage 1 yet',
      sentence: '1 of the 26 documents and records an auditor reads at Stage 1 is missing or unfinished, starting with: ISMS scope.',
    }],
  ])('says the verdict in plain words: %s', (_, levels, expected) => {
    expect(summaryOf(levels).verdict).toEqual(expected);
  });

  it('ranks known gaps before unknown ones, Stage 1 blockers first, each item once, five at most', () => {
    const levels: Record<string, Level> = { ...allAt(3), '5.2': 'dont-know', '9.3.3': 1, '6.1.3': 0, 'A.8.8': 0, 'A.5.1': 2, 'A.6.4': 1, 'A.7.1': 0 };
    const actual = summaryOf(levels).topGaps.map((gap) => [gap.itemId, gap.status]);
    // 6.1.3 stands for three mandatory documents but appears once.
    expect(actual).toEqual([
      ['6.1.3', '0 Not in place (Stage 1 needs 2), likely major'],
      ['9.3.3', '1 Ad hoc (Stage 1 needs 3), likely major'],
      ['A.8.8', '0 Not in place, likely major'],
      ['A.7.1', '0 Not in place, likely major'],
      ['A.6.4', '1 Ad hoc, likely major'],
    ]);
  });

  it('grades a partial gap likely minor and an unknown one "to confirm", each with the level Stage 1 needs', () => {
    const actual = summaryOf({ ...allAt(3), '9.2.2': 2, '5.2': 'dont-know' }).topGaps.map((gap) => [gap.itemId, gap.status]);
    expect(actual).toEqual([['9.2.2', '2 Defined (Stage 1 needs 3), likely minor'], ['5.2', "Don't know (Stage 1 needs 2), to confirm"]]);
  });

  it('says coverage and confidence beside readiness, and a confirmed verdict as confirmed', () => {
    const summary = summaryOf(allAt(4));
    expect(summary.confidence.sentence).toBe('100 % of requirements covered; confidence high: nearly every requirement is covered.');
    expect(summary.certainty).toEqual({
      level: 'confirmed',
      sentence: 'Confirmed: every item it rests on is answered at item or topic level.',
    });
  });

  it('says a verdict resting on the quick scan is indicative and names the items to confirm', () => {
    const stored = Object.fromEntries(catalog.questionSets.quick.map((question) => [question.id, { level: 4 as const }]));
    const resolved = resolveItemAnswers(catalog, stored);
    const score = scoreResolved(catalog, resolved);
    const answers = itemAnswers(resolved);
    const summary = buildSummary(
      catalog,
      fixtureRecord,
      score,
      fixtureEstimate,
      buildRoadmap(catalog, answers, score, fixtureEstimate, { kickoff: fixtureKickoff }),
      defaultFormats,
    );
    expect(summary.verdict.headline).toBe('Indicative: looks ready for Stage 1 once 23 items are confirmed');
    expect(summary.verdict.sentence).toMatch(/^Going by these answers, the mandatory documents are written/);
    expect(summary.certainty.level).toBe('indicative');
    expect(summary.certainty.sentence).toMatch(/^Indicative: it rests on quick-scan answers, or on items not answered yet, until the items named are confirmed\. Confirm at item level \(standard or full depth\): 4\.3 .*; and 15 more\.$/);
    expect(summary.confidence.sentence).toMatch(/^\d+ % of requirements covered; confidence medium/);
  });

  it('takes the next three steps from the top of the roadmap, with owners', () => {
    const actual = summaryOf({ ...allAt(3), '4.3': 0, '5.2': 1, 'A.8.8': 2 }, { '5.2': 'Dana' }).nextSteps;
    expect(actual).toEqual([
      'Write and approve the ISMS scope (4.3; Jan 4, 2027 – Jan 18, 2027).',
      'Write and approve the information security policy (5.2, owner Dana; Jan 18, 2027 – Feb 1, 2027).',
      'Operate and keep records for: Management of technical vulnerabilities (A.8.8; Feb 1, 2027 – Feb 15, 2027).',
    ]);
  });

  it('fills the next steps with booking the audit when nothing is left to do', () => {
    const actual = summaryOf(allAt(4)).nextSteps;
    expect(actual).toEqual([
      'Book the Stage 1 and Stage 2 audits with an accredited certification body.',
      'Keep the ISMS running and its records current until the audit.',
    ]);
  });

  it('reports readiness for all seven clauses and four themes, and the cost and timeline range', () => {
    const { summary } = fixtureReport();
    expect(summary.readiness.groups.map((group) => group.id)).toEqual(['4', '5', '6', '7', '8', '9', '10', 'A.5', 'A.6', 'A.7', 'A.8']);
    expect(summary.cost.sentences).toEqual([
      'External fees to the certificate (consulting and the Stage 1 + Stage 2 audit): $40,000 – $120,000.',
      'First year including staff time: $80,000 – $240,000; three-year certificate cycle: $152,000 – $410,000.',
      // The items not known yet are found out first, in a gap analysis of two weeks (one at a faster pace).
      'Kickoff on Jan 4, 2027 to Stage 2: 9–12.5 months, from the work that remains.',
      'Stage 1 audit: week of Nov 15, 2027 (at a faster pace, week of Aug 23, 2027).',
      'Stage 2 audit: week of Jan 17, 2028 (at a faster pace, week of Sep 27, 2027).',
    ]);
    expect(summary.assessedOn).toBe('Mar 13, 2025');
  });

  it('writes money, numbers and the day in the locale and currency chosen in Settings', () => {
    const { summary: usSummary, roadmap } = fixtureReport();
    const german = formatsFor({ locale: 'de-DE', currency: 'EUR' });
    const answers = {};
    const score = scoreAssessment(catalog, answers);
    const summary = buildSummary(catalog, fixtureRecord, score, fixtureEstimate, roadmap, german);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(summary.formats).toEqual({ locale: 'de-DE', currency: 'EUR' });
    expect(summary.assessedOn).toBe('13.03.2025');
    expect(plain(summary.cost.sentences[0]!)).toContain('40.000–120.000 €');
    expect(plain(summary.cost.sentences.join(' '))).not.toContain('$');
    const markdown = plain(toMarkdown(summary, roadmap));
    const report = plain(toReportHtml({ summary, roadmap, soa: [] }));
    for (const text of [markdown, report]) {
      expect(text).toContain('40.000–120.000 €');
      expect(text).toContain('13.03.2025');
      expect(text).not.toMatch(/\$\d/);
    }
    expect(usSummary.formats).toEqual({ locale: 'en-US', currency: 'USD' });
  });
});
