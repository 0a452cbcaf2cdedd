import type { Page } from '@playwright/test';
import { expect, test, type PageName } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

/** Relative luminance (WCAG) of a computed CSS colour such as "rgb(18, 22, 28)". */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function expectDark(page: Page, name: string) {
  const colors = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const heading = document.querySelector('h1, h2');
    return { background: body.backgroundColor, text: heading ? getComputedStyle(heading).color : body.color };
  });
  expect(luminance(colors.background), `${name}: dark background`).toBeLessThan(0.05);
  expect(luminance(colors.text), `${name}: light text`).toBeGreaterThan(0.6);
  await test.info().attach(`${name} in dark mode`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

test('every page follows the system dark mode', async ({ openPage }) => {
  const app = await openPage('app');
  await app.emulateMedia({ colorScheme: 'dark' });
  await createAssessmentByKeyboard(app, 'Fourth Coffee', '60');
  for (const key of ['2', '1', '3']) await app.keyboard.press(key);
  await expectDark(app, 'workspace');
  for (const tab of ['Results', 'Cost and timeline']) {
    await app.getByRole('tab', { name: tab }).click();
    await expect(app.getByRole('tabpanel')).not.toContainText('Loading…');
    await expectDark(app, `workspace ${tab}`);
  }
  for (const name of ['popup', 'sidepanel', 'options', 'kiosk'] satisfies PageName[]) {
    const page = await openPage(name);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.getByRole('heading').first()).toBeVisible();
    await expectDark(page, name);
    await page.close();
  }
});

test('light mode stays light', async ({ openPage }) => {
  const page = await openPage('options');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(luminance(background)).toBeGreaterThan(0.9);
});
