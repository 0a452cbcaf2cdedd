import { expect, test } from './fixtures';
import { createAssessmentByKeyboard, tabTo } from './keyboard';

const quickScanLength = 25;
// One answer per quick-scan question: levels, don't know (d) and a few of each level.
const keys = ['2', '3', '1', '0', '4', 'd', '2', '2', '3', '1', '0', '4', '3', '2', 'd', '1', '2', '3', '4', '0', '1', '2', '3', '2', '4'];

const pressed = (page: import('@playwright/test').Page) => page.locator('.scale button[aria-pressed="true"], .scale-extra button[aria-pressed="true"]');

test('a quick scan completes by keyboard alone in the side panel, and survives closing it midway', async ({ openPage }) => {
  let panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Northwind Traders', '180');
  await expect(panel.getByText(`0 of ${quickScanLength} questions answered`)).toBeVisible();

  for (const key of keys.slice(0, 10)) await panel.keyboard.press(key);
  await expect(panel.getByText(`10 of ${quickScanLength} questions answered`)).toBeVisible();
  await panel.close();

  panel = await openPage('sidepanel');
  await expect(panel.getByText(`10 of ${quickScanLength} questions answered`)).toBeVisible();
  // Reopened at the first unanswered question; the ones before it still hold their answers.
  await expect(panel.getByText(`Question 11 of ${quickScanLength}`)).toBeVisible();
  for (let back = 9; back >= 0; back--) {
    await panel.keyboard.press('ArrowLeft');
    await expect(panel.getByText(`Question ${back + 1} of ${quickScanLength}`)).toBeVisible();
    const expectedLabel = keys[back] === 'd' ? /Don't know/ : new RegExp(`^${keys[back]}`);
    await expect(pressed(panel)).toHaveText(expectedLabel);
  }
  for (let step = 0; step < 10; step++) await panel.keyboard.press('j');
  for (const key of keys.slice(10)) await panel.keyboard.press(key);
  await expect(panel.getByText(`${quickScanLength} of ${quickScanLength} questions answered`)).toBeVisible();
  await expect(panel.getByText('That was the last question.')).toBeVisible();
});

test('N/A is refused on a clause and needs a justification on a control', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Contoso', '40');
  await app.getByLabel('Depth').selectOption('full');
  await expect(app.getByText('Question 1 of 123')).toBeVisible();
  await app.keyboard.press('n');
  await expect(app.getByText(/cannot be marked not applicable/)).toBeVisible();

  await app.getByLabel('Jump to a clause or theme').selectOption('A.7');
  await expect(app.locator('.badge')).toHaveText('A.7.1');
  await app.getByRole('button', { name: /Not applicable/ }).click();
  await app.getByRole('button', { name: 'Mark not applicable' }).click();
  // Said beside the field, which gets focus; the alert only counts.
  const why = app.getByLabel('Why does this not apply?');
  await expect(why).toHaveAccessibleDescription(/^Say why this does not apply/);
  await expect(why).toHaveAttribute('aria-invalid', 'true');
  await expect(why).toBeFocused();
  await expect(app.getByRole('alert')).toHaveText('Not marked: one field needs attention.');
  await app.getByLabel('Why does this not apply?').fill('Fully remote company: no offices or server rooms.');
  await app.getByRole('button', { name: 'Mark not applicable' }).click();
  await app.keyboard.press('k');
  await expect(app.getByText('Justification: Fully remote company')).toBeVisible();
  // Excluded, the control asks no reason for including it; that returns with any level.
  await expect(app.getByText('Marked not applicable: the Statement of Applicability shows why it is excluded.')).toBeVisible();
  await expect(app.getByLabel('Reason', { exact: true })).toHaveCount(0);
  await app.getByRole('button', { name: /^Defined/ }).click();
  await app.keyboard.press('k');
  await expect(app.getByLabel('Reason', { exact: true })).toHaveValue('risk');
});

test('an answer given in the app tab appears at once in an open side panel', async ({ openPage }) => {
  const panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Fabrikam', '90');
  const app = await openPage('app');
  await expect(app.getByRole('heading', { name: 'Fabrikam' })).toBeVisible();

  await app.keyboard.press('3');
  await expect(app.getByText(`1 of ${quickScanLength} questions answered`)).toBeVisible();
  await expect(panel.getByText(`1 of ${quickScanLength} questions answered`)).toBeVisible();
  await expect(pressed(panel)).toHaveText(/^3/);

  await panel.keyboard.press('j');
  await panel.keyboard.press('1');
  await expect(app.getByText(`2 of ${quickScanLength} questions answered`)).toBeVisible();
});

test('duplicate an assessment, then delete it and undo', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Tailspin Toys', '300');
  await app.keyboard.press('2');
  await app.getByRole('button', { name: 'Duplicate Tailspin Toys', exact: true }).click();
  const copy = app.getByRole('button', { name: /^Tailspin Toys \(copy \d{4}-\d\d-\d\d\)$/ });
  await expect(copy).toBeVisible();
  await expect(app.getByText(`1 of ${quickScanLength} questions answered`)).toBeVisible();

  await app.getByRole('button', { name: /Delete Tailspin Toys \(copy/ }).click();
  await expect(copy).toHaveCount(0);
  await expect(app.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(app.getByText(`1 of ${quickScanLength} questions answered`)).toBeVisible();
});

test("every quick-scan question's help text is reachable by keyboard", async ({ openPage }) => {
  const panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Litware', '25');
  const help = panel.locator('details.help');

  await tabTo(panel, help.locator('summary'));
  await panel.keyboard.press('Enter');
  await expect(help).toHaveAttribute('open', '');
  await panel.keyboard.press('Enter');
  await expect(help).not.toHaveAttribute('open', '');

  await panel.locator('h2').first().focus();
  await panel.keyboard.press('?');
  for (let question = 1; question <= quickScanLength; question++) {
    await expect(panel.getByText(`Question ${question} of ${quickScanLength}`)).toBeVisible();
    await expect(help.locator('p')).toBeVisible();
    expect((await help.locator('p').innerText()).length).toBeGreaterThan(40);
    await panel.keyboard.press('ArrowRight');
  }
});
