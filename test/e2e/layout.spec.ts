/**
 * Readable everywhere: the side panel at the widths Chrome really gives it never scrolls sideways, and body
 * text on every page is at least 15 px whatever the browser's defaults for extension pages. Screenshots of
 * each surface, light and dark, go to the test report.
 */
import type { Page } from '@playwright/test';
import { expect, test, type PageName } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';
import { attachScreens } from './screens';

const panelWidths = [320, 360, 400];

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    // Name the widest element, so a failure says what to fix.
    let widest = '';
    let right = 0;
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const edge = element.getBoundingClientRect().right;
      if (edge > right) {
        right = edge;
        widest = `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} (${Math.round(edge)} px)`;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

async function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
}

async function expectNoSidewaysScroll(page: Page, view: string): Promise<void> {
  const actual = await horizontalOverflow(page);
  expect(actual.scrollWidth, `${view} at ${page.viewportSize()!.width} px: widest is ${actual.widest}`).toBeLessThanOrEqual(
    actual.clientWidth,
  );
}

for (const width of panelWidths) {
  test(`every side-panel view fits ${width} px without sideways scrolling, in 15 px type`, async ({ openPage }, testInfo) => {
    // A dozen answers and eight full-page screenshots: slow on a loaded machine.
    test.setTimeout(180_000);
    const panel = await openPage('sidepanel');
    await panel.setViewportSize({ width, height: 800 });
    await expect(panel.getByLabel('Organization')).toBeVisible();
    await expectNoSidewaysScroll(panel, 'new assessment');
    expect(await bodyFontSize(panel)).toBeGreaterThanOrEqual(15);
    await attachScreens(panel, testInfo, `sidepanel-new-${width}`);

    await createAssessmentByKeyboard(panel, 'Wide Margins Ltd', '250');
    for (let answered = 1; answered <= 12; answered++) {
      await panel.keyboard.press(answered % 3 === 0 ? '2' : '0');
      await expect(panel.getByText(`${answered} of 25 questions answered`)).toBeVisible();
    }
    await expectNoSidewaysScroll(panel, 'questions');
    await attachScreens(panel, testInfo, `sidepanel-questions-${width}`);

    await panel.getByRole('tab', { name: 'Results' }).click();
    await expect(panel.getByRole('heading', { name: 'What blocks certification' })).toBeVisible();
    // The top findings only, until asked for all of them.
    const findings = panel.locator('ol[aria-label="Stage 1 blockers"] > li, ol[aria-label="Stage 2 blockers"] > li');
    await expect(findings).toHaveCount(6);
    await expectNoSidewaysScroll(panel, 'results');
    await panel.getByRole('button', { name: /^Show all \d+ findings$/ }).click();
    await expect.poll(() => findings.count()).toBeGreaterThan(6);
    await expectNoSidewaysScroll(panel, 'results with every finding');
    await attachScreens(panel, testInfo, `sidepanel-results-${width}`);

    await panel.getByRole('tab', { name: 'Cost' }).click();
    await expect(panel.getByRole('heading', { name: 'Cost and timeline' })).toBeVisible();
    // Figures first: fees and months are on the first screen, the drivers folded below them.
    await expect(panel.getByTestId('estimate-lead')).toBeInViewport();
    await expect(panel.getByTestId('estimate-lead')).toContainText(/in external fees, .*months.* from kickoff to Stage 2/);
    await expect(panel.getByLabel('Headcount')).toBeHidden();
    await expectNoSidewaysScroll(panel, 'cost');
    // The folded drivers, once opened, must fit as well.
    await panel.getByText('Change the drivers').click();
    await expect(panel.getByLabel('Headcount')).toBeVisible();
    await expectNoSidewaysScroll(panel, 'cost with its drivers open');
    await attachScreens(panel, testInfo, `sidepanel-cost-${width}`);
  });
}

const pages: PageName[] = ['popup', 'sidepanel', 'options', 'app', 'kiosk'];

test('body text is at least 15 px and hints at least 13 px on every page', async ({ openPage }, testInfo) => {
  test.setTimeout(180_000);
  for (const name of pages) {
    const page = await openPage(name);
    await page.locator('h1, h2').first().waitFor();
    expect(await bodyFontSize(page), `${name} body`).toBeGreaterThanOrEqual(15);
    const hints = await page.locator('.hint').evaluateAll((elements) =>
      elements.filter((element) => element.getClientRects().length > 0).map((element) => parseFloat(getComputedStyle(element).fontSize)),
    );
    for (const size of hints) expect(size, `${name} hint`).toBeGreaterThanOrEqual(13);
    await attachScreens(page, testInfo, name);
    await page.close();
  }
});
