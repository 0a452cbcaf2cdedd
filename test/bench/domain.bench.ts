/**
 * DESIGN §9 budgets for the pure core, on a full assessment (every one of the 123 items answered, as a
 * consultant's full-depth triage leaves it): score + estimate + roadmap under 2 ms together, and each export
 * under 50 ms. Run: npm run bench.
 */
import { defaultFormats } from '../../lib/locale/formats';
import { expect, test } from 'vitest';
import type { Level, StoredAnswers } from '../../lib/answers';
import { loadCatalog } from '../../lib/catalog';
import type { AssessmentRecord } from '../../lib/db/database';
import { estimate } from '../../lib/estimate';
import { toReportHtml } from '../../lib/exports/html';
import { toJson, parseAssessmentFile } from '../../lib/exports/json';
import { toMarkdown } from '../../lib/exports/markdown';
import { toRoadmapCsv } from '../../lib/exports/roadmap-csv';
import { buildSoa, toSoaCsv } from '../../lib/exports/soa';
import { buildSummary } from '../../lib/exports/summary';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { buildRoadmap } from '../../lib/roadmap';
import { scoreAssessment } from '../../lib/scoring';

const catalog = loadCatalog();
const levels: readonly Level[] = [0, 1, 2, 3, 4, 'dont-know', 1, 2];
const stored: StoredAnswers = Object.fromEntries(
  catalog.items.map((item, index) => [
    item.id,
    item.kind === 'control' && index % 13 === 0
      ? { level: 'na', justification: 'Not in scope for this organization.' }
      : { level: levels[index % levels.length]!, note: `Note on ${item.id}`, owner: index % 3 ? 'IT' : 'HR' },
  ]),
);
const record: AssessmentRecord = {
  id: 'bench',
  organization: 'Benchmark Ltd',
  employees: 420,
  sector: 'Other',
  depth: 'full',
  createdAt: 0,
  updatedAt: 0,
  drivers: { sites: 3, approach: 'vciso', grcTool: true },
};
const now = Date.UTC(2026, 10, 25);

function analyse() {
  const answers = itemAnswers(resolveItemAnswers(catalog, stored));
  const score = scoreAssessment(catalog, answers);
  const figures = estimate({ employees: record.employees, maturity: score.overall ?? 'moderate', sites: 3, approach: 'vciso', grcTool: true });
  const roadmap = buildRoadmap(catalog, answers, score, figures);
  return { answers, score, figures, roadmap };
}

const { answers, score, figures, roadmap } = analyse();
const summary = buildSummary(catalog, record, score, figures, roadmap, defaultFormats);
const json = toJson(record, stored, catalog.version, now);

function report(name: string, median: number, budget: number) {
  console.log(`BENCH ${name}: median ${median.toFixed(3)} ms (budget ${budget} ms)`);
  expect(median).toBeLessThan(budget);
}

test('score + estimate + roadmap of a full assessment', async ({ bench }) => {
  const result = await bench('score + estimate + roadmap', () => void analyse()).run();
  expect(roadmap.tasks.length).toBeGreaterThan(50);
  report('score + estimate + roadmap (full assessment)', result.latency.p50, 2);
});

test('each export of a full assessment', async ({ bench }) => {
  const exports: Array<[string, () => unknown]> = [
    ['Markdown', () => toMarkdown(summary, roadmap)],
    ['roadmap CSV', () => toRoadmapCsv(roadmap, catalog)],
    ['SoA CSV', () => toSoaCsv(catalog, answers)],
    ['printable report HTML', () => toReportHtml({ summary, roadmap, soa: buildSoa(catalog, answers) })],
    ['JSON', () => toJson(record, stored, catalog.version, now)],
    ['JSON import (parse and validate)', () => parseAssessmentFile(json)],
  ];
  const results = await bench.compare(...exports.map(([name, run]) => bench(name, () => void run())), { time: 500 });
  for (const [name] of exports) report(`export: ${name}`, results.get(name).latency.p50, 50);
});
