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
  await expect(app.getByRole('alert')).toContainText('Give the day the ISO/IEC 27001:2022 certificate was issued');
  await expect(dateField).toHaveAttribute('aria-invalid', 'true');
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

test('an assessment started without opening the intake has none, and can have one later', async ({ openPage }) => {
  const app = await openPage('app');
  await app.getByLabel('Organization').fill('Litware');
  await app.getByLabel('Headcount').fill('12');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Litware' })).toBeVisible();
  await app.getByRole('tab', { name: 'Head start' }).click();
  await expect(app.getByLabel('SOC 2 Type II report', { exact: true })).not.toBeChecked();
  await expect(app.getByTestId('nis2-hint')).toContainText('unlikely to apply');
});
