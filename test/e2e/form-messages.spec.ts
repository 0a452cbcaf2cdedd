import { expect, test } from './fixtures';
import { storedData } from './stored-data';

test('the new-assessment form says what is wrong beside each field, keeps what was typed and stores nothing', async ({ openPage }) => {
  const app = await openPage('app');
  const before = await storedData(app);
  const organization = app.getByLabel('Organization');
  const headcount = app.getByLabel('Headcount');
  await organization.fill('   ');
  await headcount.fill('1,5');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(organization).toHaveAttribute('aria-invalid', 'true');
  await expect(organization).toHaveAccessibleDescription('Give the organization a name.');
  await expect(headcount).toHaveAttribute('aria-invalid', 'true');
  // Ambiguous: a question, not a guess.
  await expect(headcount).toHaveAccessibleDescription(/^Did you mean 15 people\?/);
  await expect(headcount).toHaveValue('1,5');
  await expect(organization).toBeFocused();
  await expect(app.locator('body')).not.toContainText(/NaN|Invalid input|expected number/);
  expect(await storedData(app)).toEqual(before);

  for (const [typed, message] of [
    ['0', /starts at 1/],
    ['-5', /starts at 1/],
    ['abc', /digits, like 250/],
    ['10,000,000', /more than 1,000,000 people/],
  ] as const) {
    await organization.fill('Contoso');
    await headcount.fill(typed);
    await app.getByRole('button', { name: 'Start assessment' }).click();
    await expect(headcount).toHaveAccessibleDescription(message);
    await expect(organization).not.toHaveAttribute('aria-invalid', 'true');
    await expect(headcount).toHaveValue(typed);
  }
  expect(await storedData(app)).toEqual(before);

  // A German or French thousand is a thousand people, not one.
  await headcount.fill('1.000');
  await app.getByRole('button', { name: 'Start assessment' }).click();
  await expect(app.getByRole('progressbar')).toBeVisible();
  await app.getByRole('tab', { name: 'Cost and timeline' }).click();
  await expect(app.getByLabel('Headcount')).toHaveValue('1000');
  await app.getByLabel('Headcount').fill('1 000');
  await expect(app.getByLabel('Headcount')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByTestId('initial')).toBeVisible();
});
