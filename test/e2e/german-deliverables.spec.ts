/**
 * A consultant in Germany (issue 14): with their firm's name and euros in German formats, the one-page summary
 * and the printable report they send read "13.500–36.000 €" and "02.12.2026", with the firm and page numbers,
 * in the PDF itself as a client's reader extracts it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';
import { pdfText } from './pdf';

const firm = 'Beratung Nord GmbH';
// A German amount range or amount: "13.500–36.000 €" (Intl may put a no-break space before the sign).
const germanMoney = /\d{1,3}(\.\d{3})+(–\d{1,3}(\.\d{3})+)?\s?€/;
const germanDay = /\b\d{2}\.\d{2}\.\d{4}\b/;

async function chooseGermanEuros(options: Page) {
  const brand = options.getByRole('form', { name: 'Your brand' });
  await brand.getByLabel('Firm name').fill(firm);
  await brand.getByRole('button', { name: 'Save brand' }).click();
  await expect(brand.getByRole('status')).toHaveText(/^Saved\./);

  const form = options.locator('form', { has: options.getByRole('heading', { name: 'Currency and number format' }) });
  await form.getByLabel('Numbers and dates').selectOption('de-DE');
  await form.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await form.getByLabel('Convert them at a rate I give').check();
  await form.getByLabel('1 USD = how many EUR?').fill('0,9');
  await form.getByRole('button', { name: 'Save currency and format' }).click();
  await expect(form.getByRole('status')).toContainText('converted to EUR at 0,9');
}

test('the summary and the report print with the firm, page numbers and German amounts and dates', async ({ openPage, context }) => {
  await chooseGermanEuros(await openPage('options'));
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Contoso GmbH', '250');
  for (const key of '21302') await app.keyboard.press(key);

  await app.getByRole('tab', { name: 'Summary' }).click();
  await expect(app.getByTestId('summary-verdict')).toBeVisible();
  const summary = pdfText(await app.pdf({ format: 'A4' }));
  expect(summary.pages).toBe(1);
  expect(summary.text).toContain(firm);
  expect(summary.text).toMatch(germanMoney);
  expect(summary.text).toMatch(germanDay);
  expect(summary.text).not.toMatch(/\$\s?\d/);

  await app.getByRole('tab', { name: 'Export' }).click();
  const [report] = await Promise.all([context.waitForEvent('page'), app.getByRole('button', { name: 'Printable report' }).click()]);
  await report.waitForLoadState();
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('ISO/IEC 27001 readiness: Contoso GmbH');
  const pdf = pdfText(await report.pdf({ format: 'A4' }));
  expect(pdf.size).toMatch(/\(A4\)$/);
  expect(pdf.pages).toBeGreaterThan(2);
  expect(pdf.pages).toBeLessThan(20);
  expect(pdf.text).toContain(`Prepared by ${firm}`);
  for (let page = 1; page <= pdf.pages; page += 1) expect(pdf.text).toContain(`Page ${page} of ${pdf.pages}`);
  expect(pdf.text).toMatch(germanMoney);
  expect(pdf.text).toMatch(germanDay);
  expect(pdf.text).not.toMatch(/\$\s?\d/);
});
