import { expect, type Locator, type Page } from '@playwright/test';

/** Moves focus with Tab alone until `target` has it, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `reachable with Tab within ${maxPresses} presses`).toBeFocused();
}

/** Fills the new-assessment form using the keyboard only. */
export async function createAssessmentByKeyboard(page: Page, organization: string, employees: string): Promise<void> {
  await tabTo(page, page.getByLabel('Organization'));
  await page.keyboard.type(organization);
  await page.keyboard.press('Tab');
  await page.keyboard.type(employees);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar')).toBeVisible();
}
