/**
 * The workspace's flows by keyboard alone: no clicks, no fill(); focus moves with Tab and arrow keys only.
 */
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard, tabTo } from './keyboard';

test('manage assessments by keyboard: rename, duplicate, delete and undo', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Blue Yonder', '120');

  await tabTo(app, app.getByRole('button', { name: 'Rename Blue Yonder' }));
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('New name')).toBeFocused();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('Blue Yonder Airlines');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Blue Yonder Airlines', exact: true })).toBeVisible();

  await tabTo(app, app.getByRole('button', { name: 'Duplicate Blue Yonder Airlines', exact: true }));
  await app.keyboard.press('Enter');
  const copy = app.getByRole('button', { name: /^Blue Yonder Airlines \(copy/ });
  await expect(copy).toBeVisible();

  await tabTo(app, app.getByRole('button', { name: /^Delete Blue Yonder Airlines \(copy/ }));
  await app.keyboard.press('Enter');
  await expect(copy).toHaveCount(0);
  // The deleted entry took focus with it: focus waits on Undo.
  await expect(app.getByRole('button', { name: 'Undo' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(copy).toBeVisible();
});

test('tabs, results and the estimate by keyboard', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Trey Research', '250');
  for (const key of ['3', '3', '2', '2']) await app.keyboard.press(key);

  await tabTo(app, app.getByRole('tab', { name: 'Questions' }));
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'Results' })).toBeFocused();
  await expect(app.getByTestId('overall')).toBeVisible();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByRole('tab', { name: 'Cost and timeline' })).toBeFocused();

  const body = app.getByLabel('Certification body');
  await tabTo(app, body);
  const before = await app.getByTestId('initial').innerText();
  await app.keyboard.press('End');
  await expect(body).toHaveValue('premium');
  await expect(app.getByTestId('initial')).not.toHaveText(before);

  await tabTo(app, app.getByLabel('Headcount'));
  await app.keyboard.press('Control+A');
  await app.keyboard.type('0');
  await expect(app.getByRole('alert')).toContainText('Headcount');
  await app.keyboard.press('Control+A');
  await app.keyboard.type('900');
  await expect(app.getByTestId('initial')).toBeVisible();
});

test('edit and save an assumption in settings by keyboard', async ({ openPage }) => {
  const options = await openPage('options');
  const rate = options.getByLabel(/Own staff, fully loaded, per day/);
  await tabTo(options, rate, 80);
  await options.keyboard.press('Control+A');
  await options.keyboard.type('950');
  await tabTo(options, options.getByRole('button', { name: 'Save assumptions' }), 80);
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await options.reload();
  await expect(options.getByLabel(/Own staff, fully loaded, per day/)).toHaveValue('950');
});
