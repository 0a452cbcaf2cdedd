import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
}

test('the intake is optional at creation, refuses a bad certificate date beside it, and can be changed later', async ({ openPage }) => {
  // Two axe passes on a busy machine: give the test room.
  test.slow();
  const app = await openPage('app');
  await app.getByLabel('Organization').fill('Northwind Health');
  await app.getByLabel('Headcount').fill('300');
  await app.getByLabel('Sector').selectOption('Healthcare');
  await app.getByText('Already certified, attested or following a framework? (optional)').click();
  // Sector and size suggest; the user decides.
  await expect(app.getByTestId('nis2-hint')).toContainText('likely applies');
  await expect(app.getByTestId('dora-hint')).toContainText('unlikely to apply');
  await app.getByLabel('ISO/IEC 27001:2022 certificate', { exact: true }).check();
  await app.getByLabel('SOC 2 Type II report', { exact: true }).check();
  await app.getByRole('button', { name: 'Start assessment' }).click();
  const dateField = app.getByLabel('ISO/IEC 27001:2022 certificate: issued on');
  await expect(dateField).toHaveAttribute('aria-invalid', 'true');
  await expect(dateField).toHaveAccessibleDescription(/Give the day the ISO\/IEC 27001:2022 certificate was issued/);
  await expect(dateField).toBeFocused();
  await expect(app.getByRole('alert')).toHaveText('Not started: one field needs attention.');
  await expectNoAxeViolations(app);
  // Nothing was stored: the form is still here and no assessment is listed.
  await expect(app.getByRole('heading', { name: 'Northwind Health' })).toHaveCount(0);

  await dateField.fill('2024-05-02');
  await app.getByRole('group', { name: 'Does NIS2 (EU Directive 2022/2555) apply?' }).getByLabel('Yes').check();
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Northwind Health' })).toBeVisible();

  await app.getByRole('tab', { name: 'Head start' }).click();
  await expect(app.getByLabel('SOC 2 Type II report', { exact: true })).toBeChecked();
  await expect(app.getByLabel('ISO/IEC 27001:2022 certificate: issued on')).toHaveValue('2024-05-02');
  await expect(app.getByRole('group', { name: 'Does NIS2 (EU Directive 2022/2555) apply?' }).getByLabel('Yes')).toBeChecked();
  await expectNoAxeViolations(app);
  await app.getByLabel('NIST Cybersecurity Framework (CSF) 2.0').check();
  await app.getByRole('button', { name: 'Save what the organization has' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // Stored: a fresh page reads it back.
  await app.reload();
  await app.getByRole('tab', { name: 'Head start' }).click();
  await expect(app.getByLabel('NIST Cybersecurity Framework (CSF) 2.0')).toBeChecked();
});

test('an assessment started without opening the intake has none, and its Head start tab offers the intake with the sector hint', async ({ openPage }) => {
  const app = await openPage('app');
  await app.getByLabel('Organization').fill('Litware');
  await app.getByLabel('Headcount').fill('12');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Litware' })).toBeVisible();
  await app.getByRole('tab', { name: 'Head start' }).click();
  await expect(app.getByLabel('SOC 2 Type II report', { exact: true })).not.toBeChecked();
  await expect(app.getByTestId('nis2-hint')).toContainText('unlikely to apply');
});

test('a SOC 2 Type II head start: suggestions wait, a confirmed group and a Y key move the score, the overlap names SOC 2 as yours', async ({
  openPage,
}) => {
  test.slow();
  const app = await openPage('app');
  await app.getByLabel('Organization').fill('Fabrikam Cloud');
  await app.getByLabel('Headcount').fill('180');
  await app.getByLabel('Sector').selectOption('Software and SaaS');
  await app.getByText('Already certified, attested or following a framework? (optional)').click();
  await app.getByLabel('SOC 2 Type II report', { exact: true }).check();
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Fabrikam Cloud' })).toBeVisible();

  await app.getByRole('tab', { name: 'Results' }).click();
  const overall = app.getByTestId('overall');
  const coverage = app.getByTestId('coverage');
  await expect(coverage).toHaveText('0 %');
  const overallBefore = await overall.innerText();
  const waitingInResults = app.getByTestId('suggestions-waiting-results');
  await expect(waitingInResults).toContainText(/^\d+ suggested answers wait for confirmation/);
  const waitingBefore = Number(/^(\d+)/.exec(await waitingInResults.innerText())![1]);
  const soc2 = app.locator('[data-framework="soc2"]');
  await expect(soc2).toContainText(/Yours: SOC 2 covers \d+ of the 93 Annex A controls/);
  await expect(app.locator('[data-framework="nist-csf-2"]')).not.toContainText('Yours');

  await app.getByRole('tab', { name: 'Head start' }).click();
  const technological = app.locator('[data-suggestion-group="A.8"]');
  // The tab draws its groups once the suggestions are worked out: wait for the first before counting.
  await expect(technological.getByRole('listitem').first()).toContainText('Suggested from your SOC 2 Type II (');
  const inGroup = await technological.getByRole('listitem').count();
  await expectNoAxeViolations(app);
  await technological.getByRole('button', { name: /^Confirm this group/ }).click();
  // A second, explicit step; Cancel leaves everything as it was.
  await technological.getByRole('button', { name: 'Cancel' }).click();
  await expect(technological.getByRole('listitem')).toHaveCount(inGroup);
  await technological.getByRole('button', { name: /^Confirm this group/ }).click();
  await technological.getByRole('button', { name: `Yes, confirm ${inGroup}` }).click();
  await expect(technological).toHaveCount(0);

  // One key per item: Y on a focused suggestion confirms it alone.
  const organizational = app.locator('[data-suggestion-group="A.5"]');
  const firstRow = organizational.getByRole('listitem').first();
  const firstItem = await firstRow.getAttribute('data-item');
  const before = await organizational.getByRole('listitem').count();
  await firstRow.focus();
  await app.keyboard.press('y');
  await expect(organizational.getByRole('listitem')).toHaveCount(before - 1);
  await expect(app.locator(`[data-item="${firstItem}"]`)).toHaveCount(0);
  await expect(app.getByTestId('suggestions-waiting')).toContainText(`${waitingBefore - inGroup - 1} suggested answers wait`);

  await app.getByRole('tab', { name: 'Results' }).click();
  await expect(app.locator('[data-group="A.8"] .value strong')).toHaveText('75 %');
  await expect(overall).not.toHaveText(overallBefore);
  await expect(coverage).not.toHaveText('0 %');
  await expect(waitingInResults).toContainText(`${waitingBefore - inGroup - 1} suggested answers wait`);
});
