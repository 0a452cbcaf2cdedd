import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type PageName } from './fixtures';
import { createAssessmentByKeyboard, fullDepthAt } from './keyboard';

async function violationsOf(state: string, builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map(
    (violation) => `${state}: ${violation.id} (${violation.impact}) on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Every rule in light mode, then contrast again in dark mode: the schemes share one DOM and differ only in
 * colour, so the other rules would find the same things twice.
 */
async function expectNoViolations(page: Page, state: string) {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await violationsOf(`${state} (light)`, new AxeBuilder({ page }));
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await violationsOf(`${state} (dark)`, new AxeBuilder({ page }).withRules(['color-contrast']));
  expect([...light, ...dark]).toEqual([]);
}

/**
 * A new assessment answered by keys from its first question, each answer waited for before the next key: on a
 * busy machine a key pressed before the next question shows would answer the previous one again.
 */
async function answerByKeys(app: Page, organization: string, keys: readonly string[]) {
  await createAssessmentByKeyboard(app, organization, '75');
  for (const [at, key] of keys.entries()) {
    await app.keyboard.press(key);
    await expect(app.getByText(`Question ${at + 2} of `)).toBeVisible();
  }
}

/** Five answers, one of them "don't know". */
const answerFive = (app: Page, organization: string) => answerByKeys(app, organization, ['2', '3', '0', 'd', '4']);

// One test per page and state, each checked in light and dark mode, so that each stays far inside its time on a
// busy machine and the two workers share them evenly.
for (const name of ['popup', 'sidepanel', 'options', 'app', 'kiosk'] satisfies PageName[]) {
  test(`${name} before any assessment exists`, async ({ openPage }) => {
    const page = await openPage(name);
    await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
    await expectNoViolations(page, `${name} empty`);
  });
}

test('the questionnaire and results views with answers', async ({ openPage }) => {
  const app = await openPage('app');
  await answerFive(app, 'Coho Winery');
  await expectNoViolations(app, 'app questions');
  await app.getByRole('tab', { name: 'Results' }).click();
  await expect(app.getByTestId('overall')).toBeVisible();
  await expectNoViolations(app, 'app results');
});

test('the compare view', async ({ openPage }) => {
  const app = await openPage('app');
  await answerFive(app, 'Coho Winery');
  await app.getByRole('button', { name: 'Duplicate Coho Winery', exact: true }).click();
  await app.getByRole('tab', { name: 'Compare' }).click();
  await expect(app.getByRole('table')).toBeVisible();
  await expectNoViolations(app, 'app compare');
});

test('the side panel and the popup with answers', async ({ openPage }) => {
  await answerFive(await openPage('app'), 'Coho Winery');
  const panel = await openPage('sidepanel');
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expectNoViolations(panel, 'side panel questions');
  await panel.getByRole('tab', { name: 'Results' }).click();
  await expect(panel.getByTestId('overall')).toBeVisible();
  await expectNoViolations(panel, 'side panel results');

  const popup = await openPage('popup');
  await expect(popup.getByTestId('verdict')).toBeVisible();
  await expectNoViolations(popup, 'popup with an assessment');
});

test("the Statement of Applicability: a control's reason in its details, and the SoA view", async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Coho Cellars', '75');
  await fullDepthAt(app, 'A.5');
  await app.getByRole('button', { name: /^Defined/ }).click();
  await app.getByRole('button', { name: '← Previous' }).click();
  await expect(app.getByLabel('Reason', { exact: true })).toBeVisible();
  await expectNoViolations(app, 'app control details with its SoA inclusion');
  await app.getByLabel('Justification', { exact: true }).fill('Our customers require documented policies.');
  await app.getByRole('tab', { name: 'SoA' }).click();
  await expect(app.getByRole('table', { name: 'Statement of Applicability' })).toBeVisible();
  await expectNoViolations(app, 'app SoA');
});

test('the roadmap, summary and export views', async ({ openPage }) => {
  const app = await openPage('app');
  await answerByKeys(app, 'Coho Vineyard', ['2', '3', '0', 'd', '4', '1']);
  // Back to the sixth question, answered 1: a gap, so its owner joins the roadmap's owner filter.
  await app.keyboard.press('ArrowLeft');
  await expect(app.getByText('Question 6 of ')).toBeVisible();
  await app.getByLabel('Owner').fill('Dana');
  await app.getByRole('tab', { name: 'Roadmap' }).click();
  await expect(app.getByRole('img', { name: /^Roadmap chart/ })).toBeVisible();
  await expectNoViolations(app, 'app roadmap');
  await app.getByLabel('Owner', { exact: true }).selectOption({ label: 'Dana' });
  await expectNoViolations(app, 'app roadmap filtered');
  await app.getByRole('tab', { name: 'Summary' }).click();
  await expect(app.getByTestId('summary-verdict')).toBeVisible();
  await expectNoViolations(app, 'app summary');
  await app.getByRole('tab', { name: 'Export' }).click();
  await app.getByLabel('Import an assessment (JSON)').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(app.getByRole('alert')).toBeVisible();
  await expectNoViolations(app, 'app export with an import error');
});

// Apart from the workspace views, so that each test stays well inside its time on a busy machine.
test('backup, brand and deletion in options', async ({ openPage }) => {
  // Delete all needs something to delete.
  await createAssessmentByKeyboard(await openPage('app'), 'Coho Vineyard', '75');
  const options = await openPage('options');
  await options.getByLabel('Restore from a backup').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
  await expect(options.getByRole('alert')).toBeVisible();
  await options.getByRole('button', { name: 'Delete all assessments' }).click();
  await expect(options.getByRole('button', { name: 'Yes, delete all' })).toBeVisible();
  const brand = options.getByRole('form', { name: 'Your brand' });
  await brand.getByLabel('Firm name').fill('Ledger & Lamp');
  await brand.getByLabel('Accent colour').fill('#ffee00');
  await brand.getByRole('button', { name: 'Save brand' }).click();
  await expect(brand.getByRole('alert')).toBeVisible();
  await expectNoViolations(options, 'options with a restore error, a deletion to confirm and a refused accent');
  await brand.getByLabel('Accent colour').fill('#8b1a1a');
  await brand.getByRole('button', { name: 'Save brand' }).click();
  await expect(brand.getByTestId('brand-mark')).toBeVisible();
  await expectNoViolations(options, 'options with a brand');
});
