import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';
import { storedData } from './stored-data';

/** Every stored setting (rate card, brand, kiosk), read straight from IndexedDB. */
async function storedSettings(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const opening = indexedDB.open('iso27001-readiness');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('settings').objectStore('settings').getAll();
          request.onsuccess = () => {
            opening.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** A message beside the field: the field is invalid and described by visible text, and what was typed stays. */
async function expectRefused(field: Locator, typed: string, message: RegExp) {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(message);
  const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ')[0]!;
  await expect(field.page().locator(`[id="${describedBy}"]`)).toBeVisible();
  await expect(field).toHaveValue(typed);
}

const internalWords = /NaN|Invalid input|expected (number|string)|received|\bundefined\b|approaches\.|dayRate|assessments\.\d/;

test('the new-assessment form says what is wrong beside each field, keeps what was typed and stores nothing', async ({ openPage }) => {
  const app = await openPage('app');
  const before = await storedData(app);
  const organization = app.getByLabel('Organization');
  const headcount = app.getByLabel('Headcount');
  await organization.fill('   ');
  await headcount.fill('1,5');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(organization).toHaveAttribute('aria-invalid', 'true');
  await expect(organization).toHaveAccessibleDescription('Give the organization a name.');
  await expect(headcount).toHaveAttribute('aria-invalid', 'true');
  // Ambiguous: a question, not a guess.
  await expect(headcount).toHaveAccessibleDescription(/^Did you mean 15 people\?/);
  await expect(headcount).toHaveValue('1,5');
  await expect(organization).toBeFocused();
  // The live region counts the fields; each message is read once, with its field.
  await expect(app.getByRole('alert')).toHaveText('Not started: 2 fields need attention.');
  await expect(app.locator('body')).not.toContainText(internalWords);
  expect(await storedData(app)).toEqual(before);

  for (const [typed, message] of [
    ['0', /starts at 1/],
    ['-5', /starts at 1/],
    ['abc', /digits, like 250/],
    ['10,000,000', /more than 1,000,000 people/],
  ] as const) {
    await organization.fill('Contoso');
    await headcount.fill(typed);
    await app.getByRole('button', { name: 'Start assessment' }).click();
    await expect(headcount).toHaveAccessibleDescription(message);
    await expect(organization).not.toHaveAttribute('aria-invalid', 'true');
    await expect(headcount).toHaveValue(typed);
  }
  expect(await storedData(app)).toEqual(before);

  // A German or French thousand is a thousand people, not one.
  await headcount.fill('1.000');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('progressbar')).toBeVisible();
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await expect(app.getByLabel('Headcount')).toHaveValue('1000');
  await app.getByLabel('Headcount').fill('1 000');
  await expect(app.getByLabel('Headcount')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('initial')).toBeVisible();
});

test('the rate card says what is wrong beside each field, keeps what was typed and stores nothing', async ({ openPage }) => {
  const options = await openPage('options');
  const form = options.getByRole('form', { name: 'Rate card and cost assumptions' });
  const rate = form.getByLabel(/^Consultant, per day/);
  const save = form.getByRole('button', { name: 'Save assumptions' });
  await expect(rate).toHaveValue('1250');
  const before = await storedSettings(options);

  for (const [typed, message] of [
    ['', /^Enter a day rate, for example 1,250\.$/],
    ['abc', /^Type a day rate in digits/],
    ['-10', /^A day rate cannot be negative/],
    ['0', /^Enter a day rate of at least 1\.$/],
    ['5000000000', /is more than this allows: enter a day rate of at most/],
  ] as const) {
    await rate.fill(typed);
    await save.click();
    await expectRefused(rate, typed, message);
    await expect(rate).toBeFocused();
  }
  await expect(form.getByRole('alert')).toHaveText('Not saved: one field needs attention.');

  // A rule across two fields stands beside the first of them.
  await rate.fill('1,250');
  const low = form.getByLabel(/^Gap analysis, low/);
  await low.fill('50');
  await save.click();
  await expectRefused(low, '50', /^The low figure is above the high one/);
  await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('body')).not.toContainText(internalWords);
  expect(await storedSettings(options)).toEqual(before);

  await options.reload();
  await expect(options.getByLabel(/^Consultant, per day/)).toHaveValue('1250');
  await expect(options.getByLabel(/^Gap analysis, low/)).toHaveValue('12');
});

test('the drivers say what is wrong beside each field, keep what was typed and store nothing', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Proseware', '250');
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await expect(app.getByTestId('initial')).toBeVisible();
  const before = await storedData(app);
  const sites = app.getByLabel('Sites in scope');

  for (const [typed, message] of [
    ['abc', /^Type a number of sites in digits/],
    ['-2', /^A number of sites cannot be negative/],
    ['0', /^Enter a number of sites of at least 1\.$/],
    ['501', /enter a number of sites of at most 500\.$/],
    ['2.5', /^A number of sites must be a whole number, like 1\.$/],
  ] as const) {
    await sites.fill(typed);
    await expectRefused(sites, typed, message);
    await expect(app.getByTestId('initial')).toHaveCount(0);
  }
  await expect(app.getByRole('alert')).toHaveText('Check Sites in scope: the estimate comes back once it is fixed.');
  await app.getByLabel('Headcount').fill('0');
  await expect(app.getByRole('alert')).toHaveText('Check Headcount and Sites in scope: the estimate comes back once they are fixed.');
  await expect(app.locator('body')).not.toContainText(internalWords);
  expect(await storedData(app)).toEqual(before);

  await app.reload();
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await expect(app.getByLabel('Sites in scope')).toHaveValue('1');
  await expect(app.getByLabel('Headcount')).toHaveValue('250');
});

test('the kiosk settings say what is wrong beside each field, keep what was typed and store nothing', async ({ openPage }) => {
  const options = await openPage('options');
  const kiosk = options.getByRole('region', { name: 'Kiosk' });
  const idle = kiosk.getByLabel('Seconds without a touch before the kiosk resets');
  await expect(idle).toHaveValue('90');
  const before = await storedSettings(options);

  for (const [typed, message] of [
    ['', /^Enter the idle time, for example 90 seconds\./],
    ['soon', /^Type the idle time in digits/],
    ['10', /^Enter the idle time of at least 30 seconds\./],
    ['6000', /at most 600 seconds\./],
    ['90.5', /^The idle time must be a whole number/],
  ] as const) {
    await idle.fill(typed);
    await kiosk.getByRole('button', { name: 'Save idle time' }).click();
    await expectRefused(idle, typed, message);
    await expect(idle).toBeFocused();
  }

  const pin = kiosk.getByLabel('PIN', { exact: true });
  const repeat = kiosk.getByLabel('Repeat the PIN');
  await pin.fill('12a4');
  await kiosk.getByRole('button', { name: 'Set PIN' }).click();
  await expectRefused(pin, '12a4', /4 to 12 digits/);
  await pin.fill('2580');
  await repeat.fill('2590');
  await kiosk.getByRole('button', { name: 'Set PIN' }).click();
  await expectRefused(repeat, '2590', /^This differs from the PIN above/);
  await expect(pin).not.toHaveAttribute('aria-invalid', 'true');
  await expect(kiosk.getByRole('alert')).toHaveText(['PIN not set: one field needs attention.', 'Not saved: one field needs attention.']);
  await expect(options.locator('body')).not.toContainText(internalWords);
  expect(await storedSettings(options)).toEqual(before);

  await options.reload();
  await expect(options.getByLabel('Seconds without a touch before the kiosk resets')).toHaveValue('90');
  await expect(options.getByRole('button', { name: 'Set PIN' })).toBeVisible();
});

const assessmentFields = { id: 'x-1', employees: 40, sector: 'Other', depth: 'quick', createdAt: 1, updatedAt: 2 };

test('a file to import or restore is refused in plain words beside its field, and nothing changes', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Northwind Traders', '40');
  const before = await storedData(app);

  await app.getByRole('tab', { name: 'Export' }).click();
  const importFile = app.getByLabel('Import an assessment (JSON)');
  const exported = { format: 'iso27001-readiness/assessment', formatVersion: 1, exportedAt: '2026-01-05T10:00:00.000Z', catalogVersion: '2022.2.0', assessment: assessmentFields, answers: {} };
  await importFile.setInputFiles({ name: 'nameless.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(app.getByRole('alert')).toContainText('This file is not an assessment export from this tool: the assessment has no organization name.');
  await expect(importFile).toHaveAttribute('aria-invalid', 'true');
  await expect(importFile).toHaveAccessibleDescription(/^The file was not imported, and nothing was changed\.\s*This file is not an assessment export/);
  await expect(app.locator('body')).not.toContainText(internalWords);
  expect(await storedData(app)).toEqual(before);

  const options = await openPage('options');
  const restore = options.getByLabel('Restore from a backup');
  const entry = (id: string, organization?: string) => ({ assessment: { ...assessmentFields, id, ...(organization ? { organization } : {}) }, answers: {} });
  const backup = {
    format: 'iso27001-readiness/backup',
    formatVersion: 2,
    exportedAt: '2026-01-05T10:00:00.000Z',
    catalogVersion: '2022.2.0',
    settings: {},
    assessments: [entry('a', 'Contoso'), entry('b', 'Fabrikam'), entry('c')],
  };
  await restore.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(options.getByRole('alert')).toHaveText(
    'The backup was not restored, and nothing was changed. This file is not a backup from this tool: assessment 3 has no organization name.',
  );
  await expect(restore).toHaveAttribute('aria-invalid', 'true');
  await expect(restore).toHaveAccessibleDescription(/assessment 3 has no organization name/);
  await expect(options.locator('body')).not.toContainText(internalWords);
  expect(await storedData(options)).toEqual(before);
  await options.reload();
  await expect(options.getByText('1 assessment stored in this browser profile.')).toBeVisible();
});

test('the brand form says what is wrong beside the colour and the logo, keeps what was typed and stores nothing', async ({ openPage }) => {
  const options = await openPage('options');
  const form = options.getByRole('form', { name: 'Your brand' });
  await expect(options.getByText('0 assessments stored in this browser profile.')).toBeVisible();
  const before = await storedSettings(options);
  const accent = form.getByLabel('Accent colour');
  await form.getByLabel('Firm name').fill('Ledger & Lamp');
  await accent.fill('#ffee00');
  await form.getByRole('button', { name: 'Save brand' }).click();
  await expectRefused(accent, '#ffee00', /^The accent #ffee00 reaches only 1\.\d:1 against white/);
  await expect(accent).toBeFocused();
  await expect(form.getByRole('alert')).toHaveText('Not saved: one field needs attention.');

  const logo = form.getByLabel(/^Logo/);
  await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await expect(logo).toHaveAttribute('aria-invalid', 'true');
  await expect(logo).toHaveAccessibleDescription(/^The logo must be a PNG or JPEG image/);
  await expect(form.getByLabel('Firm name')).toHaveValue('Ledger & Lamp');
  await expect(options.locator('body')).not.toContainText(internalWords);
  expect(await storedSettings(options)).toEqual(before);

  await options.reload();
  await expect(options.getByLabel('Accent colour')).toHaveValue('');
  await expect(options.getByLabel('Firm name')).toHaveValue('');
});
