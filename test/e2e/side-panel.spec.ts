import { expect, test } from './fixtures';
import { catalogVersion } from '../../data/catalog/version';

test('the background stores the catalog on install, before any page opens', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // One read of the stored catalog's version; expect.poll repeats it until the install has written it.
  const storedVersion = () =>
    worker.evaluate(
      () =>
        new Promise<string | undefined>((resolve) => {
          const request = indexedDB.open('iso27001-readiness');
          request.onsuccess = () => {
            const db = request.result;
            if (!db.objectStoreNames.contains('catalog')) return resolve(undefined), db.close();
            const get = db.transaction('catalog').objectStore('catalog').get('current');
            get.onsuccess = () => resolve((get.result as { version?: string } | undefined)?.version);
            get.transaction!.oncomplete = () => db.close();
          };
          request.onerror = () => resolve(undefined);
        }),
    );
  await expect.poll(storedVersion).toBe(catalogVersion);
});

test("the popup's first button opens the side panel, then closes the popup", async ({ openPage }) => {
  const popup = await openPage('popup');
  await expect(popup.getByText('No assessment yet')).toBeVisible();
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Open the side panel' }).click();
  // The popup closes only once Chrome has accepted sidePanel.open(); a refusal would show an alert instead.
  await closed;
});
