import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { costModel } from '../../data/cost-model';
import { PhaseTimeline } from '../../components/estimate/PhaseTimeline';
import { RoadmapGantt } from '../../components/roadmap/RoadmapGantt';
import type { Answers, Level } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import { estimate, type EstimateInput } from '../../lib/estimate';
import { calendarDay } from '../../lib/exports/format';
import { toReportHtml } from '../../lib/exports/html';
import { toMarkdown } from '../../lib/exports/markdown';
import { roadmapCsvHeader, roadmapRows, toRoadmapCsv } from '../../lib/exports/roadmap-csv';
import { buildSoa } from '../../lib/exports/soa';
import { buildSummary } from '../../lib/exports/summary';
import { defaultFormats } from '../../lib/locale/formats';
import { planAssessment } from '../../lib/roadmap';
import { halfMonths, scheduleRules } from '../../lib/schedule';
import { scoreAssessment } from '../../lib/scoring';
import { fixtureRecord } from '../fixtures/report';
import { prng } from '../fixtures/random';

afterEach(cleanup);

const catalog = loadCatalog();
const random = prng(2701);
const pick = <T,>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

function randomAnswers(): Answers {
  const density = random();
  const answers: Answers = {};
  for (const item of catalog.items) {
    if (random() > density) continue;
    const roll = random();
    const level: Level = roll < 0.1 ? 'dont-know' : roll < 0.15 && item.kind === 'control' ? 'na' : pick([0, 1, 2, 3, 3, 4] as const);
    answers[item.id] = level === 'na' ? { level, justification: 'Not used here.' } : { level };
  }
  return answers;
}

function randomProfile(overall: number | null): EstimateInput {
  return {
    employees: 1 + Math.floor(random() ** 3 * 20_000),
    maturity: random() < 0.6 ? (overall ?? 'moderate') : pick(['mature', 'moderate', 'scratch'] as const),
    sites: random() < 0.6 ? 1 : 1 + Math.floor(random() * 60),
    scope: pick(['narrow', 'typical', 'broad'] as const),
    certificationBody: pick(['budget', 'standard', 'premium'] as const),
    approach: pick(['consultant', 'vciso', 'in-house'] as const),
    grcTool: random() < 0.3,
    soc2: random() < 0.2,
  };
}

const randomKickoff = () => new Date(Date.UTC(2026 + Math.floor(random() * 4), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const cases = Array.from({ length: 100 }, () => {
  const answers = randomAnswers();
  const score = scoreAssessment(catalog, answers);
  return { answers, score, input: randomProfile(score.overall), kickoff: randomKickoff() };
});

// Planned once and shared by the properties: a plan is quick in a page, slower under the test environment.
let planned: Array<(typeof cases)[number] & { plan: ReturnType<typeof planAssessment> }> | undefined;
const plans = () => (planned ??= cases.map((entry) => ({ ...entry, plan: planAssessment({ catalog, ...entry }) })));

describe('one timeline (properties over 100 random answer sets and driver profiles)', () => {
  it('Stage 1 and Stage 2 fall on the same days in the estimate, the roadmap, the summary and every export', { timeout: 120_000 }, () => {
    const problems: string[] = [];
    for (const [at, { answers, score, plan }] of plans().entries()) {
      const { estimate: figures, roadmap } = plan;
      const { stage1, stage2 } = roadmap.stages;
      const say = (problem: string) => problems.push(`case ${at}: ${problem}`);
      const week = (iso: string) => `week of ${calendarDay(iso, defaultFormats)}`;

      // The estimate: its longer end is the roadmap's length, its shorter end the earliest Stage 2.
      if (figures.months.high !== halfMonths(roadmap.weeks)) say(`estimate ${figures.months.high} months, roadmap ${roadmap.weeks} weeks`);
      if (!(figures.months.low <= figures.months.high)) say(`months ${figures.months.low}–${figures.months.high}`);
      if (stage1.earliest > stage1.planned || stage2.earliest > stage2.planned) say('the earliest audit comes after the planned one');
      const milestone = (id: string) => roadmap.tasks.find((task) => task.id === id)!;
      if (milestone('milestone:stage1').startDate !== stage1.planned || milestone('milestone:stage2').startDate !== stage2.planned) say('roadmap milestones');

      // The pages, drawn from the plan (for a fifth of the cases: drawing is what takes the time).
      if (at % 10 === 0) {
      const costTab = render(<PhaseTimeline estimate={figures} roadmap={roadmap} kickoffSet />);
      const dates = costTab.getByTestId('stage-dates');
      if (dates.dataset.stage1 !== stage1.planned || dates.dataset.stage2 !== stage2.planned) say('cost tab dates');
      if (!dates.textContent!.includes(week(stage1.planned)) || !dates.textContent!.includes(week(stage2.planned))) say('cost tab words');
      costTab.unmount();

      // The roadmap's milestones, and its chart.
      const chart = render(<RoadmapGantt roadmap={roadmap} phases={figures.phases} shown={new Set(roadmap.tasks.map((task) => task.id))} />);
      if (!chart.getByRole('img').getAttribute('aria-label')!.includes(`Stage 2 in the ${week(stage2.planned)}`)) say('roadmap chart');
      chart.unmount();
      }

      // The summary and every export.
      const summary = buildSummary(catalog, fixtureRecord, score, figures, roadmap, defaultFormats);
      const stageWords = [`Stage 1 audit: ${week(stage1.planned)}`, `Stage 2 audit: ${week(stage2.planned)}`];
      const csvDays = [`,${stage1.planned},`, `,${stage2.planned},`];
      for (const [name, text] of [
        ['summary', summary.cost.sentences.join('\n')],
        ...(at % 5 === 0
          ? ([
              ['Markdown', toMarkdown(summary, roadmap)],
              ['report', toReportHtml({ summary, roadmap, soa: buildSoa(catalog, answers) })],
              ['roadmap CSV', toRoadmapCsv(roadmap, catalog)],
            ] as const)
          : []),
      ]) {
        for (const words of name === 'roadmap CSV' ? csvDays : stageWords) if (!text.includes(words)) say(`${name} lacks "${words}"`);
      }
      const start = roadmapCsvHeader.indexOf('Start date');
      const end = roadmapCsvHeader.indexOf('End date');
      const rows = roadmapRows(roadmap, catalog);
      const row = (id: string) => rows.find((cells) => cells[1] === id)!;
      if (row('milestone:stage1')[start] !== stage1.planned || row('milestone:stage2')[start] !== stage2.planned) say('roadmap CSV and workbook sheet');
      const isoDay = /^\d{4}-\d{2}-\d{2}$/;
      if (!rows.every((cells) => isoDay.test(String(cells[start])) && isoDay.test(String(cells[end])))) say('a CSV date that is not a calendar day');
    }
    expect(problems).toEqual([]);
  });

  it('keeps at least three months of operation with records before the internal audit and Stage 2', () => {
    const problems: string[] = [];
    for (const [at, { plan }] of plans().entries()) {
      const { roadmap } = plan;
      const step = (id: string) => roadmap.steps.find((candidate) => candidate.id === id)!;
      const building = roadmap.steps.slice(0, roadmap.steps.findIndex((candidate) => candidate.id === 'internal-audit'));
      if (roadmap.operatingFrom === null) {
        // Nothing left to build: the ISMS already runs with records.
        if (building.some((candidate) => candidate.taskIds.length > 0)) problems.push(`case ${at}: work left, yet no operating window`);
        continue;
      }
      const weeks = (id: string) => step(id).startWeek - step('operation').startWeek;
      if (weeks('internal-audit') < scheduleRules.operationWeeks) problems.push(`case ${at}: internal audit after ${weeks('internal-audit')} weeks`);
      if (daysBetween(roadmap.operatingFrom, roadmap.stages.stage2.planned) < 91) problems.push(`case ${at}: Stage 2 too soon`);
      const lastWork = Math.max(0, ...building.filter((candidate) => candidate.id !== 'operation').map((candidate) => candidate.endWeek));
      if (step('operation').startWeek < lastWork) problems.push(`case ${at}: operation starts before the building ends`);
    }
    expect(problems).toEqual([]);
  });

  it("leaves the guide's reference profile and its three maturity bands exactly as the guide gives them", () => {
    const bands = { mature: { low: 6, high: 9 }, moderate: { low: 9, high: 12 }, scratch: { low: 12, high: 14 } } as const;
    for (const [band, months] of Object.entries(bands)) {
      expect(estimate({ employees: 250, maturity: band as keyof typeof bands }).months, band).toEqual(months);
    }
    const reference = estimate({ employees: 250, maturity: 'moderate' });
    const fees = Object.fromEntries(reference.lineItems.map((line) => [line.id, { low: line.low, high: line.high }]));
    expect(fees).toEqual({
      'gap-analysis': { low: 15_000, high: 40_000 },
      implementation: { low: 10_000, high: 40_000 },
      'certification-audit': costModel.auditFeesAtReference.certification,
      surveillance: costModel.auditFeesAtReference.surveillance,
      recertification: costModel.auditFeesAtReference.recertification,
    });
    expect(reference.initial).toEqual({ low: 40_000, high: 120_000 });
  });
});
