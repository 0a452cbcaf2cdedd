import { expect, test } from './fixtures';
import { createAssessmentByKeyboard, tabTo } from './keyboard';
import { storedData } from './stored-data';

test('a note, the evidence tick and an owner go on the current question before or after answering, without leaving it', async ({
  openPage,
}) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Fabrikam', '120');
  await expect(app.getByText('Question 1 of 25')).toBeVisible();

  // Before answering: the fields are there, and what is typed waits for the answer.
  await app.getByLabel('Note').fill('Scope drafted by the CTO, not yet approved.');
  await app.getByLabel('Evidence exists').check();
  await app.getByLabel('Owner').fill('Priya (CTO)');
  await app.locator('.scale button').nth(2).click();
  // Answering while taking notes stays on the question.
  await expect(app.getByText('Answer saved with your notes.')).toBeVisible();
  await expect(app.getByText('Question 1 of 25')).toBeVisible();
  await expect(app.locator('.scale button').nth(2)).toHaveAttribute('aria-pressed', 'true');

  // After answering, by keyboard alone: a note, then Enter on another level, still on the same question.
  await tabTo(app, app.getByLabel('Note'));
  await app.keyboard.type(' Board review booked.');
  await tabTo(app, app.locator('.scale button').nth(3));
  await app.keyboard.press('Enter');
  await expect(app.locator('.scale button').nth(3)).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByText('Question 1 of 25')).toBeVisible();

  // Everything was stored: it is there after leaving the question and coming back, and after a reload.
  await app.getByRole('button', { name: 'Next →' }).click();
  await expect(app.getByText('Question 2 of 25')).toBeVisible();
  await expect(app.getByLabel('Note')).toHaveValue('');
  await app.reload();
  await app.getByLabel('Jump to a clause or theme').selectOption('4');
  await expect(app.getByText('Question 1 of 25')).toBeVisible();
  await expect(app.getByLabel('Note')).toHaveValue('Scope drafted by the CTO, not yet approved. Board review booked.');
  await expect(app.getByLabel('Evidence exists')).toBeChecked();
  await expect(app.getByLabel('Owner')).toHaveValue('Priya (CTO)');

  // Without notes, answering moves on as before.
  await app.getByRole('button', { name: 'Next →' }).click();
  await app.locator('.scale button').nth(1).click();
  await expect(app.getByText('Question 3 of 25')).toBeVisible();
});

test('an owner typed before a level key is pressed is stored with the answer, though the key moves on at once', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Fabrikam', '120');
  await expect(app.getByText('Question 1 of 25')).toBeVisible();
  await app.getByLabel('Owner').fill('Priya (CTO)');
  // Out of the field by keyboard, then a level key: it answers and moves on before the answer is stored.
  await app.getByRole('button', { name: 'Next →' }).focus();
  await app.keyboard.press('2');
  await expect(app.getByText('Question 2 of 25')).toBeVisible();
  // Straight back, before this page may have seen the answer stored: what is typed now goes with it too.
  await app.keyboard.press('ArrowLeft');
  await expect(app.getByText('Question 1 of 25')).toBeVisible();
  await app.getByLabel('Note').fill('Scope approved last week.');
  // Written as typed, with nothing on screen to say so: a reload must not come before the write.
  await expect.poll(async () => (await storedData(app)).answers.map((answer) => answer.note)).toContain('Scope approved last week.');

  await app.reload();
  await app.getByLabel('Jump to a clause or theme').selectOption('4');
  await expect(app.getByText('Question 1 of 25')).toBeVisible();
  await expect(app.locator('.scale button').nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByLabel('Owner')).toHaveValue('Priya (CTO)');
  await expect(app.getByLabel('Note')).toHaveValue('Scope approved last week.');
});
