import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

const quickScanLength = 25;

async function roadmapCsv(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Roadmap (CSV)' }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

test('with a kickoff date, the cost tab, the roadmap, the summary and the roadmap CSV show the same Stage 1 and Stage 2 dates', async ({
  openPage,
}) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Northwind Traders', '250');
  // Two answers not known (d): the plan opens with a gap analysis, and every page must still agree on the dates.
  const answers = `2d2${'2'.repeat(quickScanLength - 5)}d2`;
  for (const key of answers) await app.keyboard.press(key);
  await expect(app.getByText('That was the last question.')).toBeVisible();

  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await app.getByLabel('Kickoff date').fill('2027-01-04');
  const costDates = app.getByTestId('stage-dates');
  await expect(costDates).toContainText('Kickoff: Jan 4, 2027.');
  await expect(app.getByText('No kickoff date set')).toHaveCount(0);
  await expect(app.getByRole('heading', { name: /^Timeline: [\d.]+–[\d.]+ months from kickoff to Stage 2, from the work that remains$/ })).toBeVisible();
  const stage1 = (await costDates.getAttribute('data-stage1'))!;
  const stage2 = (await costDates.getAttribute('data-stage2'))!;
  expect(stage1 > '2027-01-04' && stage2 > stage1).toBe(true);
  const stage1Words = await costDates.getByText(/^Stage 1 audit: week of /).innerText();
  const stage2Words = await costDates.getByText(/^Stage 2 audit: week of /).innerText();
  // Calendar days only: no fractional month anywhere on the tab.
  await expect(app.locator('.estimate')).not.toContainText(/\d\.\d\d/);

  await app.getByRole('tab', { name: 'Roadmap' }).click();
  await expect(app.getByRole('button', { name: '1. Complete the gap analysis' })).toBeVisible();
  const roadmapDates = app.getByTestId('stage-dates');
  await expect(roadmapDates).toHaveAttribute('data-stage1', stage1);
  await expect(roadmapDates).toHaveAttribute('data-stage2', stage2);
  await expect(roadmapDates).toContainText(stage1Words);
  await expect(roadmapDates).toContainText(stage2Words);
  const stage2Day = stage2Words.match(/^Stage 2 audit: week of (.+?)(?: \(|\.$)/)![1]!;
  await expect(app.getByRole('img', { name: /^Roadmap chart:/ })).toHaveAttribute('aria-label', new RegExp(`Stage 2 in the week of ${stage2Day}\\.`));

  await app.getByRole('tab', { name: 'Summary' }).click();
  await expect(app.getByText(stage1Words)).toBeVisible();
  await expect(app.getByText(stage2Words)).toBeVisible();

  await app.getByRole('tab', { name: 'Export' }).click();
  const csv = await roadmapCsv(app);
  const lines = csv.split('\r\n');
  const header = lines[0]!.replace('\uFEFF', '').split(',');
  expect(header).toContain('Start date');
  const startAt = header.indexOf('Start date');
  // Milestone rows have no commas inside quoted cells before the dates.
  const milestone = (id: string) => lines.find((line) => line.includes(`,milestone:${id},`))!.split(',');
  expect(milestone('stage1')[startAt]).toBe(stage1);
  expect(milestone('stage2')[startAt]).toBe(stage2);
});
