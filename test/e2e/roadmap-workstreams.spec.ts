import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard, tabTo } from './keyboard';

/** The 25 quick-scan questions: some known levels, some "don't know" (d), so the plan has a gap analysis. */
const quickScan = '2d10d32d1d0d2d31d2d1d3d2d';

/** Text of every chart label or detail whose content is wider than its box: cut off, in other words. */
async function clippedLabels(page: Page): Promise<string[]> {
  return page
    .locator('.gantt .gantt-label, .gantt .gantt-detail, .gantt .gantt-caption, .gantt .gantt-band-name')
    .evaluateAll((elements) =>
      elements.filter((element) => element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight + 1).map((element) => element.textContent ?? ''),
    );
}

test('the roadmap chart shows workstreams, opens one to its tasks by keyboard, and cuts no label at 360 px or on a desktop', async ({
  openPage,
}) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Fabrikam Pharma', '120');
  for (const key of quickScan) await app.keyboard.press(key);
  await expect(app.getByText('That was the last question.')).toBeVisible();
  await app.getByRole('tab', { name: 'Roadmap' }).click();
  await expect(app.getByRole('img', { name: /^Roadmap chart: \d+ tasks in \d+ workstreams over \d+ weeks/ })).toBeVisible();

  // Whatever is not known yet comes first, as the gap analysis; the audits close the plan.
  const rowLabels = app.locator('.gantt-row > .gantt-line .gantt-label');
  await expect(rowLabels.first()).toHaveText('1. Complete the gap analysis');
  await expect(rowLabels.last()).toHaveText(/^\d+\. Stage 2 audit$/);
  expect(await rowLabels.count()).toBeLessThanOrEqual(14);

  const gapAnalysis = app.getByRole('button', { name: '1. Complete the gap analysis' });
  const tasks = app.getByRole('list', { name: 'Tasks of Complete the gap analysis' });
  await expect(gapAnalysis).toHaveAttribute('aria-expanded', 'false');
  await expect(tasks).toBeHidden();
  await tabTo(app, gapAnalysis);
  await app.keyboard.press('Enter');
  await expect(gapAnalysis).toHaveAttribute('aria-expanded', 'true');
  await expect(tasks).toBeVisible();
  const taskRows = tasks.getByRole('listitem');
  await expect(taskRows.first()).toContainText(/^\d+\. Find out where things stand: /);
  const found = await taskRows.allInnerTexts();
  expect(found.every((text) => /Find out where things stand: |Assess \(not answered yet\): /.test(text))).toBe(true);

  // A topical workstream opens with Space, and holds no find-out task.
  const technological = app.getByRole('button', { name: /^\d+\. Technological controls$/ });
  await tabTo(app, technological);
  await app.keyboard.press(' ');
  await expect(technological).toHaveAttribute('aria-expanded', 'true');
  const technologicalTasks = app.getByRole('list', { name: 'Tasks of Technological controls' }).getByRole('listitem');
  await expect(technologicalTasks.first()).toBeVisible();
  expect((await technologicalTasks.allInnerTexts()).some((text) => text.includes('Find out where things stand'))).toBe(false);

  for (const width of [360, 1280]) {
    await app.setViewportSize({ width, height: 900 });
    await expect(tasks).toBeVisible();
    await expect.poll(() => clippedLabels(app), { message: `labels cut at ${width} px` }).toEqual([]);
    // The opened chart and the task table (which scrolls on its own on a phone) stay accessible.
    const { violations } = await new AxeBuilder({ page: app }).include('.gantt').include('.table-scroll').analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.length}`), `axe at ${width} px`).toEqual([]);
  }

  // The same key closes it again.
  await expect(technological).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(technological).toHaveAttribute('aria-expanded', 'false');
  await expect(app.getByRole('list', { name: 'Tasks of Technological controls' })).toBeHidden();
});
