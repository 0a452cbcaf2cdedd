/**
 * Browser benchmarks (DESIGN §9), run by `npm run bench` against the built extension in Chromium. Each prints
 * its median and fails past its budget. Times come from the pages' own performance marks (lib/state/perf.ts),
 * measured from the start of navigation.
 */
import type { Page } from '@playwright/test';
import { marks } from '../../lib/state/perf';
import { expect, test } from '../e2e/fixtures';
import { createAssessmentByKeyboard } from '../e2e/keyboard';

const runs = 15;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function report(name: string, values: number[], budgetMs: number): number {
  const middle = median(values);
  console.log(`BENCH ${name}: median ${middle.toFixed(1)} ms over ${values.length} runs (budget ${budgetMs} ms)`);
  return middle;
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name);
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

async function seedAssessments(page: Page, count: number): Promise<void> {
  await page.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('iso27001-readiness');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('assessments', 'readwrite');
    const store = transaction.objectStore('assessments');
    for (let index = 0; index < total; index++) {
      store.put({
        id: `bench-${index}`,
        organization: `Organization ${index}`,
        employees: 50 + index,
        sector: 'Other',
        depth: 'quick',
        createdAt: index,
        updatedAt: index,
      });
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    db.close();
  }, count);
}

test('popup and side panel: open to interactive', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Benchmark Ltd', '250');
  for (const key of ['2', '3', '1']) await app.keyboard.press(key);

  const slowest: Array<[string, number, number]> = [];
  for (const [pageName, mark, budget] of [
    ['popup', marks.ready, 150],
    ['sidepanel', marks.firstQuestion, 150],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openPage(pageName);
      times.push(await markTime(page, mark));
      await page.close();
    }
    slowest.push([pageName, report(`${pageName} open → interactive`, times, budget), budget]);
  }
  expect(slowest.filter(([, median, budget]) => median >= budget)).toEqual([]);
});

test('the assessment list with 1,000 stored assessments', async ({ openPage }) => {
  const seeder = await openPage('options');
  await expect(seeder.getByText(/assessments? stored/)).toBeVisible();
  await seedAssessments(seeder, 1000);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await openPage('app');
    times.push(await markTime(page, marks.ready));
    await expect(page.getByRole('button', { name: 'Show more (950 not shown)' })).toBeVisible();
    await page.close();
  }
  expect(report('workspace with 1,000 assessments, open → list shown', times, 300)).toBeLessThan(300);
});

test('one answer saved', async ({ openPage }) => {
  const panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Benchmark Ltd', '250');
  const times: number[] = [];
  for (let run = 0; run < 24; run++) {
    await panel.keyboard.press(String(run % 5));
    await panel.waitForFunction((count) => performance.getEntriesByName('readiness:answer-saved').length > count, run);
  }
  times.push(...(await panel.evaluate(() => performance.getEntriesByName('readiness:answer-saved').map((entry) => entry.duration))));
  expect(report('one answer saved to IndexedDB', times, 20)).toBeLessThan(20);
});
