/**
 * DESIGN §6 and §9: scoring a full assessment takes well under a millisecond (scoring + estimate + roadmap
 * together: 2 ms). Run: npx vitest bench --run --project 'unit (bench)' test/bench/scoring.bench.ts
 */
import { expect, test } from 'vitest';
import { loadCatalog } from '../../lib/catalog';
import type { Answers, Level } from '../../lib/answers';
import { itemAnswers, resolveItemAnswers } from '../../lib/questionnaire';
import { scoreAssessment } from '../../lib/scoring';

/** Median milliseconds per call that the full assessment must stay under. */
const budgetMs = 1;

const catalog = loadCatalog();
const levels: readonly Level[] = [0, 1, 2, 3, 4, 'dont-know', 2, 3];

/** Every item answered, a mix of levels, some controls N/A: the most work scoring ever does. */
const full: Answers = Object.fromEntries(
  catalog.items.map((item, index) => [
    item.id,
    { level: item.kind === 'control' && index % 11 === 0 ? 'na' : levels[index % levels.length]! },
  ]),
);

/** A finished quick scan, resolved to items as the side panel does. */
const quickStored = Object.fromEntries(
  catalog.questionSets.quick.map((question, index) => [question.id, { level: levels[index % 5]! }]),
);
const quick = itemAnswers(resolveItemAnswers(catalog, quickStored));
let fresh = catalog;

test('scoreAssessment stays within its budget', async ({ bench }) => {
  const results = await bench.compare(
    bench('full assessment (123 items)', () => {
      scoreAssessment(catalog, full);
    }),
    bench('quick scan, resolved to items', () => {
      scoreAssessment(catalog, quick);
    }),
    bench('first call on a new catalog object (builds its index)', { beforeEach: () => void (fresh = structuredClone(catalog)) }, () => {
      scoreAssessment(fresh, full);
    }),
    { time: 1000 },
  );
  const median = results.get('full assessment (123 items)').latency.p50;
  console.log(`scoreAssessment, full assessment: median ${median.toFixed(4)} ms (budget ${budgetMs} ms)`);
  expect(median).toBeLessThan(budgetMs);
});
