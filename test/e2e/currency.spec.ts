/**
 * Currency and number format (issue 14): a consultant in Germany switches to euros at their own rate and every
 * figure reads the German way; a change of currency never converts silently, and a bad rate changes nothing.
 */
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

// Intl puts no-break spaces between amount and symbol; match any space.
const spaced = (text: string) => new RegExp(text.replace(/ /g, '\\s').replace(/[.$€]/g, (char) => `\\${char}`));

test('euros at a given rate, German formats, on the cost tab', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Contoso GmbH', '250');
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await app.getByLabel('Maturity').selectOption('moderate');
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText('$15,000 – $40,000');

  const options = await openPage('options');
  const form = options.locator('form', { has: options.getByRole('heading', { name: 'Currency and number format' }) });
  await form.getByLabel('Numbers and dates').selectOption('de-DE');
  await form.getByLabel('Currency', { exact: true }).selectOption('EUR');
  // Saving without saying what becomes of the dollar figures is refused, beside the choice.
  await form.getByRole('button', { name: 'Save currency and format' }).click();
  await expect(form.getByText('Choose whether to convert the rate card or keep its numbers.')).toBeVisible();

  await form.getByLabel('Convert them at a rate I give').check();
  const rate = form.getByLabel('1 USD = how many EUR?');
  await rate.fill('zero point nine');
  await form.getByRole('button', { name: 'Save currency and format' }).click();
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('Type how many EUR one USD is worth')).toBeVisible();
  await expect(rate).toHaveValue('zero point nine');
  // Nothing was stored: the workspace still reads in dollars.
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText('$15,000 – $40,000');

  await rate.fill('0,9');
  await form.getByRole('button', { name: 'Save currency and format' }).click();
  await expect(form.getByRole('status')).toContainText('converted to EUR at 0,9');
  await expect(options.getByLabel(/Consultant, per day/)).toHaveValue('1125');

  // The open workspace redraws in euros, German style: 15.000 € × 0.9 = 13.500 €.
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText(spaced('13.500–36.000 €'));
  // Typed the German way, a day rate of 1.200 is twelve hundred euros, not 1.20: the fee grows by 1200/1125
  // (14.400–38.400 €, shown rounded).
  await options.getByLabel(/Consultant, per day/).fill('1.200');
  await options.getByRole('button', { name: 'Save assumptions' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Every estimate now uses these figures' })).toBeVisible();
  await expect(app.locator('[data-line-item="gap-analysis"] td.number')).toHaveText(spaced('14.500–38.500 €'));
  await app.getByLabel('Kickoff date').fill('2027-01-04');
  await expect(app.getByTestId('stage-dates')).toContainText('Kickoff: 04.01.2027.');
  await expect(app.getByTestId('stage-dates')).toContainText(/Stage 2 audit: week of \d{2}\.\d{2}\.202[78]/);
  await expect(app.getByTestId('stage-dates')).not.toContainText('NaN');
  // The drivers' words speak the rate card's currency too.
  await app.getByLabel('Maturity').selectOption('scratch');
  await expect(app.locator('[data-driver="maturity"]')).toContainText('€');
  await expect(app.getByRole('list', { name: 'Driver effects' })).not.toContainText('$');

  // So do the one-page summary and the Markdown the consultant sends.
  await app.getByRole('tab', { name: 'Summary' }).click();
  const sheet = app.locator('.summary-sheet');
  await expect(sheet).toContainText(/\d{2,3}\.\d{3}–\d{2,3}\.\d{3}\s€/);
  await expect(sheet).toContainText(/\d{2}\.\d{2}\.\d{4}/);
  await expect(sheet).not.toContainText('$');
  await app.getByRole('tab', { name: 'Export' }).click();
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Markdown (.md)' }).click()]);
  const markdown = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
  expect(markdown).toMatch(spaced('€'));
  expect(markdown).not.toMatch(/\\?\$\d/);
});

test('keeping the numbers relabels them; an unknown code is refused beside its field', async ({ openPage }) => {
  const options = await openPage('options');
  const form = options.locator('form', { has: options.getByRole('heading', { name: 'Currency and number format' }) });
  await form.getByLabel('Currency', { exact: true }).selectOption('other');
  await form.getByLabel('ISO 4217 code').fill('QQQ');
  await form.getByRole('button', { name: 'Save currency and format' }).click();
  await expect(form.getByLabel('ISO 4217 code')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('ISO 4217 code').fill('sek');
  await form.getByLabel(/Keep the numbers as they are/).check();
  await form.getByRole('button', { name: 'Save currency and format' }).click();
  await expect(form.getByRole('status')).toContainText('Every figure now reads in SEK');
  await expect(options.getByLabel(/Consultant, per day/)).toHaveValue('1250');
  await expect(options.getByText('(SEK)').first()).toBeVisible();
});
