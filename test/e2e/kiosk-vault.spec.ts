/**
 * Kept visitors are encrypted at rest and only the operator PIN opens them; a damaged PIN record keeps the
 * operator panel locked (issue 16, finding 7).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const pin = '97531';

async function setPinInSettings(options: Page): Promise<void> {
  await options.getByLabel('PIN', { exact: true }).fill(pin);
  await options.getByLabel('Repeat the PIN').fill(pin);
  await options.getByRole('button', { name: 'Set PIN' }).click();
  await expect(options.getByText('PIN set.')).toBeVisible();
}

/** Every record of the extension's database, as raw text. */
async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('iso27001-readiness');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      all.push(
        await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        }),
      );
    }
    db.close();
    return JSON.stringify(all);
  });
}

async function writeSetting(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ([key, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('iso27001-readiness');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('settings', 'readwrite');
        if (value === undefined) transaction.objectStore('settings').delete(key as string);
        else transaction.objectStore('settings').put({ key, value });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
    },
    [key, value] as const,
  );
}

async function keepVisit(kiosk: Page, name: string, email: string): Promise<void> {
  await kiosk.getByRole('button', { name: 'Start' }).click();
  await kiosk.locator('.scale button').nth(2).click();
  await kiosk.getByRole('button', { name: 'See my result' }).click();
  await kiosk.getByRole('button', { name: 'Keep my results' }).first().click();
  await kiosk.getByLabel('Your name').fill(name);
  await kiosk.getByLabel('Email').fill(email);
  await kiosk.locator('#keep-consent').check();
  await kiosk.getByRole('button', { name: 'Keep my results' }).click();
  await expect(kiosk.getByRole('heading', { name: 'Thank you' })).toBeVisible();
}

test('a kept visitor is stored encrypted, and only the operator PIN shows who it was', async ({ openPage }) => {
  const options = await openPage('options');
  await setPinInSettings(options);
  const kiosk = await openPage('kiosk');
  await keepVisit(kiosk, 'Fox Mulder', 'fox@example.org');

  await expect.poll(async () => (await rawDatabase(kiosk)).includes('"sealed"'), 'a sealed record is stored').toBe(true);
  const raw = await rawDatabase(kiosk);
  expect(raw.includes('Fox Mulder'), 'the name is stored in the clear').toBe(false);
  expect(raw.includes('fox@example.org'), 'the email is stored in the clear').toBe(false);

  await kiosk.getByRole('button', { name: 'Done' }).click();
  await kiosk.getByRole('button', { name: 'Operator' }).click();
  await kiosk.getByLabel('Operator PIN').fill(pin);
  await kiosk.getByRole('button', { name: 'Unlock' }).click();
  await expect(kiosk.getByRole('row', { name: /Fox Mulder/ })).toContainText('fox@example.org');
});

test('a damaged PIN record keeps the operator panel locked, and Settings can reset it', async ({ openPage }) => {
  const options = await openPage('options');
  await setPinInSettings(options);
  await writeSetting(options, 'kiosk-pin', { damaged: true });
  await writeSetting(options, 'kiosk-vault', undefined);

  const kiosk = await openPage('kiosk');
  await kiosk.getByRole('button', { name: 'Operator' }).click();
  for (const guess of [pin, '0000']) {
    await kiosk.getByLabel('Operator PIN').fill(guess);
    await kiosk.getByRole('button', { name: 'Unlock' }).click();
    await expect(kiosk.getByText(/stored operator PIN is damaged/)).toBeVisible();
  }
  await expect(kiosk.getByRole('heading', { name: /Kept results/ })).toHaveCount(0);

  await options.reload();
  await expect(options.getByText(/stored operator PIN is damaged/)).toBeVisible();
  await options.getByRole('button', { name: 'Reset the operator PIN' }).click();
  await options.getByRole('button', { name: 'Yes, delete all' }).click();
  await setPinInSettings(options);
});
