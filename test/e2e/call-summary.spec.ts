import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

const quickScanLength = 25;

test('a quick scan ends on the call summary: copy it as text, open the one-page summary, go deeper', async ({ context, openPage }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await openPage('sidepanel');
  await panel.setViewportSize({ width: 360, height: 800 });
  await createAssessmentByKeyboard(panel, 'Northwind Traders', '180');
  for (let answered = 1; answered <= quickScanLength; answered++) {
    await panel.keyboard.press(answered % 4 === 0 ? '3' : answered % 5 === 0 ? 'd' : '1');
    await expect(panel.getByText(`${answered} of ${quickScanLength} questions answered`)).toBeVisible();
  }

  // The last answer leads straight to what to say, focused so the keyboard and a screen reader are there.
  const heading = panel.getByRole('heading', { name: 'To say before the call ends' });
  await expect(heading).toBeFocused();
  const spoken = panel.getByTestId('call-summary-text');
  await expect(spoken).toContainText(/Northwind Traders is about \d+ % ready for ISO\/IEC 27001, with (low|medium|high) confidence/);

  const said = await spoken.innerText();
  await panel.getByRole('button', { name: 'Copy as text' }).click();
  await expect(panel.getByText('Copied: paste it into the chat or an email.')).toBeVisible();
  const copied = await panel.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^ISO\/IEC 27001 readiness: Northwind Traders\n/);
  expect(copied).toMatch(/about \d+ % ready for ISO\/IEC 27001, with (low|medium|high) confidence/);
  expect(copied).toMatch(/auditor would stop at the first look at the documents today; the biggest gaps are .+, .+ and .+\./);
  expect(copied).toMatch(/cost about \$[\d,]+ – \$[\d,]+ in external fees and take \d+(\.\d+)?–\d+(\.\d+)? months/);

  // The fees said are the fees the Cost view shows.
  await panel.getByRole('tab', { name: 'Cost' }).click();
  const fees = (await panel.getByTestId('initial').innerText()).trim();
  expect(copied).toContain(`cost about ${fees} in external fees`);

  // The Results tab opens on the same summary.
  await panel.getByRole('tab', { name: 'Results' }).click();
  await expect.poll(() => panel.getByTestId('call-summary-text').innerText()).toBe(said);

  const opened = context.waitForEvent('page');
  await panel.getByRole('button', { name: 'Open the one-page summary' }).click();
  const app = await opened;
  await expect(app).toHaveURL(/\/app\.html#summary$/);
  await expect(app.getByRole('tab', { name: 'Summary' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('heading', { name: 'ISO/IEC 27001 readiness: Northwind Traders' })).toBeVisible();

  await panel.getByRole('button', { name: 'Go deeper' }).click();
  await expect(panel.getByRole('tab', { name: 'Questions' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByLabel('Depth')).toHaveValue('standard');
  // Every quick-scan answer carries over: the standard questions start partly answered.
  await expect(panel.getByText(/more carried over from a broader question/)).toBeVisible();
});
