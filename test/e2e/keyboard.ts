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

/**
 * Switches the open assessment to full depth and goes to the first question of `section` ("A.5"). The new depth
 * opens on its first open question, so the jump waits until that depth is on screen.
 */
export async function fullDepthAt(page: Page, section: string): Promise<void> {
  await page.getByLabel('Depth').selectOption('full');
  await expect(page.getByText(/^Question \d+ of 123 ·/)).toBeVisible();
  await page.getByLabel('Jump to a clause or theme').selectOption(section);
}
