import { expect, test } from './fixtures';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const monthsFrom = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));

test('a certified organization sees its next surveillance audit, its likely findings and the cost of the rest of its cycle', async ({ openPage }) => {
  test.slow();
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  // Issued on the 1st of the month three months ago: the first surveillance audit is nine months away.
  const issued = monthsFrom(today, -3);
  const dueBy = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(monthsFrom(issued, 12));

  const app = await openPage('app');
  await app.getByLabel('Organization').fill('Woodgrove Certified');
  await app.getByLabel('Headcount').fill('250');
  await app.getByText('Already certified, attested or following a framework? (optional)').click();
  await app.getByLabel('ISO/IEC 27001:2022 certificate', { exact: true }).check();
  await app.getByLabel('ISO/IEC 27001:2022 certificate: issued on').fill(isoDay(issued));
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Woodgrove Certified' })).toBeVisible();
  // The first quick-scan question (scope and context) answered "not in place": an auditor would raise it.
  await expect(app.getByRole('progressbar')).toBeVisible();
  await app.keyboard.press('0');
  await expect(app.getByText('1 of 25 questions answered')).toBeVisible();
  await app.getByRole('tab', { name: 'Results' }).click();

  const verdict = app.getByTestId('verdict');
  await expect(verdict).toContainText(`Certified to ISO/IEC 27001:2022: next, the first surveillance audit, due by ${dueBy}.`);
  await expect(verdict).not.toContainText('Stage 1');
  await expect(app.getByRole('heading', { name: 'What the first surveillance audit would likely raise' })).toBeVisible();
  await expect(verdict).toContainText(/that audit would likely raise [1-9]\d* major nonconformit/);
  await expect(app.getByRole('list', { name: 'Likely findings at the next audit' })).toContainText('4.3');
  await expect(app.getByRole('list', { name: 'Stage 1 blockers' })).toHaveCount(0);

  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  const audits = app.getByRole('table', { name: 'Audits left in the cycle' });
  await expect(audits.locator('[data-audit="surveillance-1"]')).toContainText(dueBy);
  await expect(audits.locator('[data-audit="surveillance-1"]')).toContainText('$10,000');
  await expect(audits.locator('[data-audit="recertification"]')).toContainText('$40,000');
  await expect(app.getByTestId('cycle-total')).toContainText('$40,000');
  await expect(app.getByTestId('cycle-total')).toContainText('$90,000');
  await expect(app.getByTestId('initial')).toHaveCount(0);
  await expect(app.getByText('Initial certification, external')).toHaveCount(0);

  const popup = await openPage('popup');
  await expect(popup.getByTestId('verdict')).toHaveText('Certified to ISO/IEC 27001:2022: next, the first surveillance audit');
});

test('a lapsed 2013 certificate is said to have lapsed, and the first-certification verdict and costs stand', async ({ openPage }) => {
  const app = await openPage('app');
  await app.getByLabel('Organization').fill('Tailspin Lapsed');
  await app.getByLabel('Headcount').fill('250');
  await app.getByText('Already certified, attested or following a framework? (optional)').click();
  await app.getByLabel('ISO/IEC 27001:2013 certificate', { exact: true }).check();
  await app.getByLabel('ISO/IEC 27001:2013 certificate: issued on').fill('2023-06-01');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Tailspin Lapsed' })).toBeVisible();
  await app.getByRole('tab', { name: 'Results' }).click();
  await expect(app.getByTestId('certificate-lapsed')).toHaveText(
    'The ISO/IEC 27001:2013 certificate lapsed on Oct 31, 2025: certification to the 2022 edition now runs as a first certification, Stage 1 included.',
  );
  await expect(app.getByTestId('verdict')).toContainText('Stage 1');
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await expect(app.getByTestId('initial')).toBeVisible();
});
