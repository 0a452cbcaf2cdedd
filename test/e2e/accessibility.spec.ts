import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type PageName } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (violation) => `${state}: ${violation.id} (${violation.impact}) on ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test('every page before any assessment exists', async ({ openPage }) => {
      for (const name of ['popup', 'sidepanel', 'options', 'app', 'kiosk'] satisfies PageName[]) {
        const page = await openPage(name);
        await page.emulateMedia({ colorScheme });
        await expect(page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).first()).toBeVisible();
        await expectNoViolations(page, `${name} empty`);
        await page.close();
      }
    });

    test('the questionnaire, results and compare views with answers', async ({ openPage }) => {
      const app = await openPage('app');
      await app.emulateMedia({ colorScheme });
      await createAssessmentByKeyboard(app, 'Coho Winery', '75');
      for (const key of ['2', '3', '0', 'd', '4']) await app.keyboard.press(key);
      await expectNoViolations(app, 'app questions');
      await app.getByRole('tab', { name: 'Results' }).click();
      await expect(app.getByTestId('overall')).toBeVisible();
      await expectNoViolations(app, 'app results');
      await app.getByRole('button', { name: 'Duplicate Coho Winery', exact: true }).click();
      await app.getByRole('tab', { name: 'Compare' }).click();
      await expect(app.getByRole('table')).toBeVisible();
      await expectNoViolations(app, 'app compare');

      const panel = await openPage('sidepanel');
      await panel.emulateMedia({ colorScheme });
      await expect(panel.getByRole('progressbar')).toBeVisible();
      await expectNoViolations(panel, 'side panel questions');
      await panel.getByRole('tab', { name: 'Results' }).click();
      await expectNoViolations(panel, 'side panel results');

      const popup = await openPage('popup');
      await popup.emulateMedia({ colorScheme });
      await expect(popup.getByTestId('verdict')).toBeVisible();
      await expectNoViolations(popup, 'popup with an assessment');
    });
  });
}
