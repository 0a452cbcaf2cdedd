import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { soa2013Csv, soa2013Workbook } from '../fixtures/soa-2013';

/** A new assessment, on its 2013 transition tab. */
async function transitionTab(app: Page): Promise<Page> {
  await app.getByLabel('Organization').fill('Contoso Bank');
  await app.getByLabel('Headcount').fill('400');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('heading', { name: 'Contoso Bank' })).toBeVisible();
  await app.getByRole('tab', { name: '2013 transition' }).click();
  return app;
}

test('a 2013 SoA carries over to 2022 with provenance, the new controls flagged; a hostile file changes nothing', async ({ openPage }) => {
  test.slow();
  const app = await transitionTab(await openPage('app'));
  const file = app.getByLabel('A 2013 SoA or gap list (CSV or Excel workbook)');
  const counts = app.getByTestId('transition-counts');
  await expect(counts).toContainText('0 of the 82 controls');

  // A formula where a note should be: refused beside the field, nothing offered, nothing written.
  const hostile = soa2013Csv({ 'A.12.3.1': { note: '=HYPERLINK("http://evil.example","x")' } });
  await file.setInputFiles({ name: 'soa-2013.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) });
  await expect(app.getByRole('alert')).toContainText('Row 63: a cell holds a spreadsheet formula');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('transition-preview')).toHaveCount(0);
  await expect(counts).toContainText('0 of the 82 controls');

  const soa = soa2013Csv({
    'A.12.3.1': { status: 'Partially implemented', note: 'Restores tested twice a year' },
    'A.6.2.2': { applicable: 'No', status: 'Not applicable', note: 'Nobody works remotely' },
  });
  await file.setInputFiles({ name: 'soa-2013.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${soa}`) });
  await expect(app.getByRole('alert')).toHaveCount(0);
  await expect(app.getByTestId('transition-preview')).toContainText('Read 114 controls of the 2013 edition from soa-2013.csv. Applying answers 82 of the 2022 controls');
  await app.getByRole('button', { name: 'Apply to this assessment' }).click();
  await expect(app.getByRole('status').filter({ hasText: '82 controls answered from soa-2013.csv.' })).toBeVisible();

  await expect(counts).toContainText('82 of the 82 controls that descend from the 2013 edition carry an answer from the 2013 SoA (1 of them excluded). 11 of the 11 controls new in 2022 still need work.');
  const newControls = app.getByRole('list', { name: 'Controls new in 2022' });
  await expect(newControls.getByRole('listitem')).toHaveCount(11);
  await expect(newControls.locator('[data-item="A.5.23"]')).toContainText('no answer yet');
  const carried = app.getByRole('list', { name: 'Controls carried over from 2013' });
  await expect(carried.locator('[data-item="A.8.13"]')).toContainText('2 defined');
  await expect(carried.locator('[data-item="A.8.13"]')).toContainText('From your 2013 SoA: A.12.3.1 (2)');
  await expect(carried.locator('[data-item="A.6.7"]')).toContainText('not applicable');

  // The carried answers are the assessment's own: the SoA shows the exclusion with its 2013 reason.
  await app.getByRole('tab', { name: 'SoA' }).click();
  await expect(app.getByText('Excluded in the 2013 SoA (A.6.2.2). A.6.2.2: Nobody works remotely')).toBeVisible();
});

test('a 2013 SoA kept in Excel carries over the same way; a formula in it changes nothing', async ({ openPage }) => {
  const app = await transitionTab(await openPage('app'));
  const file = app.getByLabel('A 2013 SoA or gap list (CSV or Excel workbook)');
  const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const counts = app.getByTestId('transition-counts');

  const hostile = await soa2013Workbook({ 'A.8.1.1': { note: { formula: 'HYPERLINK("http://evil.example","fine")', result: 'fine' } } });
  await file.setInputFiles({ name: 'soa-2013.xlsx', mimeType: xlsx, buffer: Buffer.from(hostile) });
  await expect(app.getByRole('alert')).toContainText('Sheet “SoA 2013”, row 19: a cell holds a spreadsheet formula');
  await expect(app.getByTestId('transition-preview')).toHaveCount(0);
  await expect(counts).toContainText('0 of the 82 controls');

  const soa = await soa2013Workbook({ 'A.12.3.1': { status: 2, note: 'Restores tested twice a year' } });
  await file.setInputFiles({ name: 'soa-2013.xlsx', mimeType: xlsx, buffer: Buffer.from(soa) });
  await expect(app.getByTestId('transition-preview')).toContainText('Read 114 controls of the 2013 edition from soa-2013.xlsx. Applying answers 82 of the 2022 controls');
  await app.getByRole('button', { name: 'Apply to this assessment' }).click();
  await expect(app.getByRole('status').filter({ hasText: '82 controls answered from soa-2013.xlsx.' })).toBeVisible();
  const carried = app.getByRole('list', { name: 'Controls carried over from 2013' });
  await expect(carried.locator('[data-item="A.8.13"]')).toContainText('From your 2013 SoA: A.12.3.1 (2)');
});
