/**
 * Stored data gone missing or damaged (issue 16, findings 4 and 6): no page hangs or goes blank. A missing or
 * damaged catalog row is written back from the bundled catalog; damaged assessments are set aside and named, the
 * rest stays usable, and a backup of everything readable is offered.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

/** Changes one store of the page's IndexedDB directly, as corruption or another tool would. */
function changeStore(page: Page, store: string, change: { put?: unknown; delete?: string }): Promise<void> {
  return page.evaluate(
    ({ store, change }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('iso27001-readiness');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const transaction = opening.result.transaction(store, 'readwrite');
          if (change.put !== undefined) transaction.objectStore(store).put(change.put);
          if (change.delete !== undefined) transaction.objectStore(store).delete(change.delete);
          transaction.oncomplete = () => {
            opening.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { store, change },
  );
}

const catalogRows: Array<[string, (version: string) => { put?: unknown; delete?: string }]> = [
  ['a missing catalog row', () => ({ delete: 'current' })],
  ['a damaged catalog row', (version) => ({ put: { key: 'current', version, catalog: { version, items: 'damaged' }, storedAt: 1 } })],
];

for (const [name, damage] of catalogRows) {
  test(`${name} is written back from the bundled catalog, and every page opens`, async ({ openPage }) => {
    const app = await openPage('app');
    await createAssessmentByKeyboard(app, 'Tailwind', '30');
    const version = await app.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const opening = indexedDB.open('iso27001-readiness');
          opening.onsuccess = () => {
            const request = opening.result.transaction('settings').objectStore('settings').get('catalog-version');
            request.onsuccess = () => {
              opening.result.close();
              resolve((request.result as { value: string }).value);
            };
          };
        }),
    );
    await changeStore(app, 'catalog', damage(version));

    await app.reload();
    await expect(app.getByRole('heading', { name: 'Tailwind' })).toBeVisible();
    await expect(app.getByText(/Question 1 of \d+/)).toBeVisible();
    const panel = await openPage('sidepanel');
    await expect(panel.getByText(/Question 1 of \d+/)).toBeVisible();
  });
}

test('damaged assessments are set aside and named; the rest works, and a backup of everything readable restores', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Fourth Coffee', '45');
  await app.keyboard.press('2');
  await expect(app.getByText(/^1 of \d+ questions answered$/)).toBeVisible();
  const good = { organization: 'x', employees: 50, sector: 'Retail', depth: 'quick', createdAt: 1, updatedAt: 2 };
  await changeStore(app, 'assessments', { put: { ...good, id: 'no-organization', organization: undefined } });
  await changeStore(app, 'assessments', { put: { ...good, id: 'many-employees', employees: 'many' } });

  await app.reload();
  const notice = app.locator('.damaged-records');
  await expect(notice.getByRole('heading', { name: 'Some saved data could not be read' })).toBeVisible();
  await expect(notice).toContainText('2 stored records are damaged');
  await expect(notice).toContainText('no-organization');
  await expect(notice).toContainText('many-employees');

  // The readable assessment is all there and can be worked on.
  await expect(app.getByRole('heading', { name: 'Fourth Coffee' })).toBeVisible();
  await expect(app.getByText(/^1 of \d+ questions answered$/)).toBeVisible();
  await app.keyboard.press('3');
  await expect(app.getByText(/^2 of \d+ questions answered$/)).toBeVisible();

  const download = app.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download a backup of everything readable' }).click();
  const backup = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { assessments: Array<{ assessment: { organization: string } }> };
  expect(backup.assessments.map((entry) => entry.assessment.organization)).toEqual(['Fourth Coffee']);

  const options = await openPage('options');
  await expect(options.locator('.damaged-records')).toContainText('2 stored records are damaged');
  await options.getByLabel(/Restore from a backup/).setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(options.getByText(/1 already here and unchanged/)).toBeVisible();
});
