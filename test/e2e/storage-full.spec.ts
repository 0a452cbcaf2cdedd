/**
 * Storage full (issue 16, finding 5): every write that fails says so in plain words, keeps what the user typed on
 * screen, and loses nothing already stored. The page's IndexedDB refuses every write as a full disk would.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard, fullDepthAt } from './keyboard';
import { storedData } from './stored-data';

function fillTheDisk(page: Page): Promise<void> {
  return page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
}

const noSpace = /could not be saved: this browser has no storage space left/;

test('notes, owner, evidence and a new assessment that cannot be stored are said, kept on screen, and nothing is lost', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Proseware', '75');
  await fullDepthAt(app, 'A.5');
  await app.locator('.scale button').nth(2).click();
  await app.getByRole('button', { name: '← Previous' }).click();
  await app.getByLabel('Note').fill('Stored before the disk filled');
  // The note is written as typed, with nothing on screen to say so: wait until it is in IndexedDB.
  await expect.poll(async () => (await storedData(app)).answers.map((answer) => answer.note)).toContain('Stored before the disk filled');

  await fillTheDisk(app);
  const banner = app.locator('.write-problem');

  await app.getByLabel('Note').fill('Typed after the disk filled');
  await expect(banner).toContainText(/Your note could not be saved: this browser has no storage space left/);
  await expect(app.getByLabel('Note')).toHaveValue('Typed after the disk filled');

  await app.getByLabel('Owner').fill('Dana');
  await expect(banner).toContainText(/The owner could not be saved/);
  await expect(app.getByLabel('Owner')).toHaveValue('Dana');

  await app.getByLabel('Evidence exists').check();
  await expect(banner).toContainText(/The evidence tick could not be saved/);

  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: '← Previous' }).focus();
  await app.keyboard.press('3');
  await expect(app.getByText(noSpace).first()).toBeVisible();

  await app.getByRole('button', { name: 'New assessment' }).click();
  await app.getByLabel('Organization').fill('Adventure Works');
  await app.getByLabel('Headcount').fill('120');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(banner).toContainText(/The new assessment could not be saved: this browser has no storage space left/);
  await expect(app.getByLabel('Organization')).toHaveValue('Adventure Works');
  await expect(app.getByLabel('Headcount')).toHaveValue('120');

  // What was stored before is all there, and nothing half-written came in.
  await app.reload();
  await expect(app.getByRole('button', { name: 'Proseware', exact: true })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Adventure Works' })).toHaveCount(0);
  await app.getByLabel('Jump to a clause or theme').selectOption('A.5');
  await expect(app.locator('.scale button[aria-pressed="true"]')).toHaveText(/^2/);
  await expect(app.getByLabel('Note')).toHaveValue('Stored before the disk filled');
  await expect(app.getByLabel('Owner')).toHaveValue('');
  await expect(app.getByLabel('Evidence exists')).not.toBeChecked();
});

test('cost assumptions that cannot be stored are said, and the figures typed stay in the form', async ({ openPage }) => {
  const options = await openPage('options');
  const field = options.locator('form[aria-labelledby="assumptions-title"] input').first();
  await expect(field).toBeVisible();
  await fillTheDisk(options);
  await field.fill('12345');
  await options.getByRole('button', { name: 'Save assumptions' }).click();
  await expect(options.locator('.write-problem')).toContainText(/Your cost assumptions could not be saved: this browser has no storage space left/);
  await expect(field).toHaveValue('12345');
});
