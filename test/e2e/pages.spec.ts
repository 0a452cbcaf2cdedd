import { expect, test, type PageName } from './fixtures';
import { catalogVersion } from '../../data/catalog/version';

const pages: Array<[PageName, RegExp]> = [
  ['popup', /ISO 27001 Readiness/],
  ['sidepanel', /New assessment/],
  ['options', /Settings/],
  ['app', /New assessment/],
  ['kiosk', /How close are you to ISO 27001/],
];

for (const [name, heading] of pages) {
  test(`${name} page opens and shows its first screen`, async ({ openPage }) => {
    const page = await openPage(name);
    await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
    await expect(page.locator('body')).toContainText(heading);
  });
}

test('after install the catalog is in IndexedDB, with all 123 items', async ({ openPage }) => {
  const page = await openPage('options');
  await expect(page.getByText(/30 clause requirements and 93 Annex A controls/)).toBeVisible();
  const stored = await page.evaluate(async () => {
    const request = indexedDB.open('iso27001-readiness');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = await new Promise<{ version: string; catalog: { items: unknown[] } }>((resolve, reject) => {
      const get = db.transaction('catalog').objectStore('catalog').get('current');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    });
    db.close();
    return { version: record.version, items: record.catalog.items.length };
  });
  expect(stored).toEqual({ version: catalogVersion, items: 123 });
});
