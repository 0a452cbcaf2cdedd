import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

test('changing headcount and certification body changes the figures and says why', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Proseware', '250');
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  // Nothing answered yet: the guide's moderate band applies, and 250 people is the reference profile.
  await app.getByLabel('Maturity').selectOption('moderate');
  await expect(app.getByTestId('initial')).toHaveText('$40,000 – $120,000');
  await expect(app.locator('[data-line-item="surveillance"] td.number')).toHaveText('$10,000 – $25,000');
  // Nothing answered yet: the months come from finding out first (the gap analysis) and the work the moderate
  // band suggests.
  await expect(app.getByRole('heading', { name: /Timeline: 9–13 months from kickoff to Stage 2/ })).toBeVisible();
  await expect(app.getByText("This is the guide's reference profile")).toBeVisible();

  await app.getByLabel('Certification body').selectOption('premium');
  await expect(app.getByTestId('initial')).not.toHaveText('$40,000 – $120,000');
  await expect(app.locator('[data-driver="certification-body"]')).toContainText('Premium');

  await app.getByLabel('Headcount').fill('2000');
  await expect(app.locator('[data-driver="headcount"]')).toBeVisible();
  const large = await app.locator('[data-line-item="certification-audit"] td.number').innerText();
  await app.getByLabel('Headcount').fill('40');
  await expect(app.locator('[data-line-item="certification-audit"] td.number')).not.toHaveText(large);

  // A bad value gets a message, and neither NaN nor a stale figure is shown.
  await app.getByLabel('Headcount').fill('-3');
  await expect(app.getByRole('alert')).toHaveText('Check Headcount: the estimate comes back once it is fixed.');
  await expect(app.getByLabel('Headcount')).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByLabel('Headcount')).toHaveAccessibleDescription(/Headcount starts at 1/);
  await expect(app.getByLabel('Headcount')).toHaveValue('-3');
  await expect(app.getByTestId('initial')).toHaveCount(0);
  await expect(app.locator('body')).not.toContainText('NaN');
  await app.getByLabel('Headcount').fill('40');
  await expect(app.getByTestId('initial')).toBeVisible();

  // The valid drivers were kept with the assessment.
  await app.reload();
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await expect(app.getByLabel('Headcount')).toHaveValue('40');
  await expect(app.getByLabel('Certification body')).toHaveValue('premium');

  await app.getByLabel('Kickoff date').fill('2027-01-04');
  await expect(app.getByTestId('stage-dates')).toContainText('2027');
});

test('an assumption edited in options persists and is used by the estimate', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Lucerne Publishing', '250');
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await app.getByLabel('Maturity').selectOption('moderate');
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText('$15,000 – $40,000');

  const options = await openPage('options');
  const rate = options.getByLabel(/Consultant, per day/);
  await expect(rate).toHaveValue('1250');
  await rate.fill('-10');
  await rate.press('Tab');
  await options.getByRole('button', { name: 'Save assumptions' }).click();
  await expect(rate).toHaveAccessibleDescription('A day rate cannot be negative: enter 1 or more.');
  await expect(options.getByRole('alert')).toHaveText('Not saved: one field needs attention.');

  await rate.fill('2500');
  await rate.press('Tab');
  await options.getByRole('button', { name: 'Save assumptions' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  // Twice the day rate: twice the gap-analysis fee, in the tab that was already open.
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText('$30,000 – $80,000');
  await options.reload();
  await expect(options.getByLabel(/Consultant, per day/)).toHaveValue('2500');

  await options.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText('$15,000 – $40,000');
  await options.getByRole('button', { name: 'Undo reset' }).click();
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText('$30,000 – $80,000');
});
