import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

const quickScanLength = 25;
const standardLength = 58;

async function answerEveryQuestion(page: Page, key: string, count = quickScanLength) {
  for (let question = 0; question < count; question++) await page.keyboard.press(key);
  await expect(page.getByText('That was the last question.')).toBeVisible();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

test('a quick scan with known answers shows the expected figures, verdict and blockers', async ({ openPage }) => {
  const panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Adventure Works', '250');
  await answerEveryQuestion(panel, '2');
  await openTab(panel, 'Results');

  // Every answered item sits at "defined" (2 of 4), whatever its weight.
  await expect(panel.getByTestId('overall')).toHaveText('50 %');
  for (const clause of ['4', '5', '6', '7', '8', '9', '10']) {
    await expect(panel.locator(`[data-group="${clause}"] .value strong`)).toHaveText('50 %');
  }
  for (const theme of ['A.5', 'A.6', 'A.7', 'A.8']) {
    await expect(panel.locator(`[data-group="${theme}"] .value strong`)).toHaveText('50 %');
  }
  // Every clause requirement is covered by the quick scan: clause coverage is complete.
  await expect(panel.locator('[data-group="6"] .value')).toContainText('100 % covered');
  await expect(panel.getByTestId('confidence')).toHaveText(/^Confidence (high|medium|low): /);
  // The documents are written (level 2), but the records Stage 1 checks, such as management review results,
  // are only planned: not ready, and only indicatively so, since every answer comes from the quick scan.
  await expect(panel.getByTestId('verdict')).toContainText('Indicative: not ready for Stage 1 yet');
  const stage1 = panel.getByRole('list', { name: 'Stage 1 blockers' });
  // Beside a call the panel shows the top findings; the rest are one click away.
  await expect(stage1.getByRole('listitem')).toHaveCount(3);
  await panel.getByRole('button', { name: /^Show all \d+ findings$/ }).click();
  await expect(stage1.getByRole('listitem').filter({ hasText: 'Management review results' })).toContainText('likely minor');
  await expect(stage1).not.toContainText('ISMS scope');
  await expect(panel.getByRole('list', { name: 'Items to confirm' })).toContainText('9.3.3');
  await expect(panel.getByRole('list', { name: 'Stage 2 blockers' }).getByRole('listitem').first()).toBeVisible();

  // Say the scope is not written down at all: Stage 1 is blocked by it too, graded likely major.
  await openTab(panel, 'Questions');
  await panel.getByLabel('Jump to a clause or theme').selectOption('4');
  await panel.locator('h2').first().focus();
  await panel.keyboard.press('0');
  await openTab(panel, 'Results');
  // Now the worst of all, the scope heads the short list.
  await expect(stage1.getByRole('listitem').first()).toContainText('ISMS scope (4.3, document)');
  await expect(stage1.getByRole('listitem').filter({ hasText: 'ISMS scope (4.3, document)' })).toContainText('likely major');
  await expect(panel.locator('[data-group="4"] .value strong')).toHaveText('0 %');

  const popup = await openPage('popup');
  await expect(popup.getByTestId('verdict')).toHaveText('Indicative: not ready for Stage 1 yet');
  await expect(popup.getByTestId('coverage')).toHaveText(await panel.getByTestId('coverage').innerText());
  await expect(popup.getByText(`${quickScanLength} of ${quickScanLength} questions answered`)).toBeVisible();
});

test('a quick scan at all 4s is only indicatively ready for Stage 1, names what to confirm, and confirming settles it', async ({
  openPage,
}) => {
  const panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Tailspin Toys', '40');
  await answerEveryQuestion(panel, '4');
  await openTab(panel, 'Results');

  await expect(panel.getByTestId('overall')).toHaveText('100 %');
  // Readiness never stands alone: the quick scan leaves controls out, so coverage is short of 100 %.
  await expect(panel.getByTestId('coverage')).not.toHaveText('100 %');
  // Every mandatory document and record, and the Annex A documents: their values all come from the quick scan.
  await expect(panel.getByTestId('verdict')).toContainText(/Indicative: looks ready for Stage 1 once \d+ items are confirmed/);
  const verdict = (await panel.getByTestId('verdict').locator('strong').innerText()).replace(/\.$/, '');
  const named = Number(/once (\d+) items/.exec(verdict)![1]);
  expect(named).toBeGreaterThanOrEqual(20);
  const toConfirm = panel.getByRole('list', { name: 'Items to confirm' });
  await expect(toConfirm.getByRole('listitem').first()).toContainText('4.3 Determining the scope');
  await expect(toConfirm.getByRole('listitem').first()).toContainText('from the quick scan');
  await panel.getByRole('button', { name: `Show all ${named}` }).click();
  await expect(toConfirm.getByRole('listitem')).toHaveCount(named);
  // The quick scan never asks about secure engineering principles, whose document Stage 1 reads if it applies.
  await expect(toConfirm.getByRole('listitem').filter({ hasText: 'A.8.27' })).toContainText('not answered yet');

  const popup = await openPage('popup');
  await expect(popup.getByTestId('verdict')).toHaveText(verdict);
  await expect(popup.getByTestId('to-confirm')).toContainText('4.3 Determining the scope');
  await popup.close();

  // Confirm everything at the standard depth, one requirement or topic at a time: the verdict stops being indicative.
  await openTab(panel, 'Questions');
  await panel.getByLabel('Depth').selectOption('standard');
  await panel.getByLabel('Jump to a clause or theme').selectOption('4');
  await panel.locator('h2').first().focus();
  await answerEveryQuestion(panel, '4', standardLength);
  await openTab(panel, 'Results');
  await expect(panel.getByTestId('verdict')).toContainText('Ready for the certification audit.');
  await expect(panel.getByTestId('verdict')).not.toContainText('Indicative');
  await expect(panel.getByTestId('to-confirm')).toHaveCount(0);
});

test('compare a point-in-time copy with today', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Wide World Importers', '600');
  await answerEveryQuestion(app, '2');
  await app.getByRole('button', { name: 'Duplicate Wide World Importers', exact: true }).click();
  await expect(app.getByRole('heading', { level: 2, name: /Wide World Importers \(copy/ })).toBeVisible();

  // Months later, the copy has moved everything up to "implemented".
  await expect(app.getByText(`Question 1 of ${quickScanLength}`)).toBeVisible();
  await answerEveryQuestion(app, '3');
  await openTab(app, 'Compare');
  await expect(app.getByLabel(/Compare “Wide World Importers \(copy/)).toHaveValue(/.+/);
  const overall = app.getByRole('row', { name: /^Overall/ });
  await expect(overall.getByRole('cell')).toHaveText(['50 %', '75 %', '+25 pts']);
  await expect(app.getByRole('row', { name: /Clause 9 Performance evaluation/ }).getByRole('cell').last()).toHaveText('+25 pts');
  await expect(app.getByRole('img', { name: /Annex A themes: A.5 75 %/ })).toBeVisible();
});

test('the results say how far SOC 2, NIST CSF 2.0, NIS2 and the 2013 edition reach into ISO 27001', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Northwind Traders', '120');
  await app.keyboard.press('2');
  await openTab(app, 'Results');

  const overlap = app.getByRole('list', { name: 'Overlap with other frameworks' }).getByRole('listitem');
  await expect(overlap).toHaveCount(4);
  await expect(overlap.nth(0)).toContainText(
    'SOC 2 covers 58 of the 93 Annex A controls (all only in part) and 24 of the 30 clause requirements (all only in part).',
  );
  await expect(overlap.nth(1)).toContainText('NIST CSF 2.0 covers 67 of the 93 Annex A controls');
  await expect(overlap.nth(2)).toContainText('NIS2 covers 69 of the 93 Annex A controls');
  await expect(overlap.nth(3)).toContainText('ISO/IEC 27001:2013 covers 82 of the 93 Annex A controls (24 of them in part).');
  await expect(overlap.nth(3)).toContainText('11 controls have no counterpart in ISO/IEC 27001:2013.');

  // Where the figures come from is one keyboard press away, and says which publication each rests on.
  const sources = app.getByText('Where these figures come from');
  await sources.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText(/ENISA's NIS2 Technical Implementation Guidance/)).toBeVisible();
  await expect(app.getByText(/the AICPA mapping itself was not reachable/)).toBeVisible();
});
