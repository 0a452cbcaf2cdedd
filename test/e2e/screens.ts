import type { Page, TestInfo } from '@playwright/test';

/** Attaches a full-page screenshot of `page` to the test report, in light and in dark mode. */
export async function attachScreens(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await testInfo.attach(`${name}-${colorScheme}`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
  }
  await page.emulateMedia({ colorScheme: null });
}
