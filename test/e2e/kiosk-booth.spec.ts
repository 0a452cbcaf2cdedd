/**
 * The kiosk at a booth: a 1080p screen in landscape and a tablet in portrait. No visitor can claim the operator
 * panel before staff set a PIN, keeping the result is the action offered first, and the result reads from a
 * step away. Screenshots of each screen, light and dark, go to the test report.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { attachScreens } from './screens';

const quickScanLength = 25;
const pin = '8642';

const screens = [
  { name: '1080p landscape', viewport: { width: 1920, height: 1080 }, minType: 22, columns: 2 },
  { name: 'tablet portrait', viewport: { width: 768, height: 1024 }, minType: 18, columns: 1 },
];

async function kioskTypeSize(page: Page): Promise<number> {
  return page.locator('.kiosk').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.locator('.kiosk').evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
}

for (const screen of screens) {
  test(`the kiosk on a ${screen.name}: no PIN takeover, keep first, a readable result`, async ({ openPage }, testInfo: TestInfo) => {
    test.setTimeout(180_000);
    const kiosk = await openPage('kiosk');
    await kiosk.setViewportSize(screen.viewport);
    await expect(kiosk.getByRole('button', { name: 'Start' })).toBeVisible();
    expect(await kioskTypeSize(kiosk)).toBeGreaterThanOrEqual(screen.minType);
    await attachScreens(kiosk, testInfo, `kiosk-welcome-${screen.viewport.width}`);

    // No PIN yet: "Operator" tells staff where to set one and offers nothing to type.
    await kiosk.getByRole('button', { name: 'Operator' }).click();
    await expect(kiosk.getByRole('heading', { name: 'No operator PIN yet' })).toBeVisible();
    await expect(kiosk.getByText("set the first operator PIN in the extension's Settings page")).toBeVisible();
    await expect(kiosk.locator('input')).toHaveCount(0);
    await kiosk.getByRole('button', { name: 'Back to the welcome' }).click();

    const options = await openPage('options');
    await options.getByLabel('PIN', { exact: true }).fill(pin);
    await options.getByLabel('Repeat the PIN').fill(pin);
    await options.getByRole('button', { name: 'Set PIN' }).click();
    await expect(options.getByText('PIN set.')).toBeVisible();
    await options.close();
    // Once set, the same button asks for it.
    await kiosk.getByRole('button', { name: 'Operator' }).click();
    await expect(kiosk.getByLabel('Operator PIN')).toBeVisible();
    await kiosk.getByRole('button', { name: 'Cancel' }).click();

    await kiosk.getByRole('button', { name: 'Start' }).click();
    for (let question = 1; question <= quickScanLength; question++) {
      await expect(kiosk.getByText(`Question ${question} of ${quickScanLength}`)).toBeVisible();
      if (question === 1) await attachScreens(kiosk, testInfo, `kiosk-question-${screen.viewport.width}`);
      await kiosk.locator('.scale button').nth(question % 3).click();
    }

    await expect(kiosk.getByRole('heading', { name: 'Your readiness' })).toBeVisible();
    await expect(kiosk.getByRole('button', { name: 'Keep my results' })).toHaveClass(/\bprimary\b/);
    await expect(kiosk.getByRole('button', { name: 'Finish and clear' })).not.toHaveClass(/\bprimary\b/);
    await expect(kiosk.locator('.kiosk-result')).not.toContainText(/Stage [12]|documented information/);
    expect(await kioskTypeSize(kiosk)).toBeGreaterThanOrEqual(screen.minType);
    await expectNoSidewaysScroll(kiosk);
    const [readiness, gaps] = await kiosk.locator('.kiosk-result-grid > section').evaluateAll((cards) =>
      cards.slice(0, 2).map((card) => card.getBoundingClientRect().toJSON() as DOMRect),
    );
    if (screen.columns === 2) {
      expect(Math.abs(readiness!.top - gaps!.top), 'readiness and gaps side by side').toBeLessThan(2);
      // The result uses the screen rather than a narrow column in the middle of it.
      expect(gaps!.right - readiness!.left).toBeGreaterThan(screen.viewport.width * 0.7);
    } else {
      expect(gaps!.top, 'one column on a portrait tablet').toBeGreaterThanOrEqual(readiness!.bottom);
      expect(readiness!.width).toBeGreaterThan(screen.viewport.width * 0.8);
    }
    await attachScreens(kiosk, testInfo, `kiosk-result-${screen.viewport.width}`);

    await kiosk.getByRole('button', { name: 'Keep my results' }).click();
    await kiosk.getByLabel('Your name').fill('Ada Lovelace');
    await kiosk.getByLabel('Email').fill('ada@example.com');
    await kiosk.locator('#keep-consent').check();
    await kiosk.getByRole('button', { name: 'Keep my results' }).click();
    await expect(kiosk.getByRole('heading', { name: 'Thank you' })).toBeVisible();
    await expect(kiosk.getByTestId('kiosk-kept')).toContainText('Your result, your answers and your contact details are kept');
    await attachScreens(kiosk, testInfo, `kiosk-thanks-${screen.viewport.width}`);
  });
}
