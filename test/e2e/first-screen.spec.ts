/**
 * The first screen's snapshot (lib/state/first-screen.ts): pages draw what the last page saw, and what the user
 * deletes leaves the snapshot too.
 */
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';

/** What the snapshot holds about assessments (the catalog, large and the same for everyone, left out). */
const kept = () =>
  Object.entries(localStorage)
    .filter(([key]) => key.startsWith('readiness:first-screen') && key !== 'readiness:first-screen:catalog')
    .map(([, value]) => value)
    .join('\n');

test('the popup shows what the workspace kept, and deleting everything leaves nothing of it in the snapshot', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Coho Snapshot', '75');
  await app.keyboard.press('2');
  await expect.poll(() => app.evaluate(kept)).toContain('Coho Snapshot');

  const popup = await openPage('popup');
  await expect(popup.getByRole('heading', { name: 'Coho Snapshot' })).toBeVisible();
  await expect(popup.getByTestId('verdict')).toHaveText(await app.evaluate(() => JSON.parse(localStorage.getItem('readiness:first-screen:popup')!).current.glance.verdict));
  await popup.close();
  // Settings alone, so that no other page's live queries tidy the snapshot for it.
  await app.close();

  const options = await openPage('options');
  const deletion = options.getByRole('region', { name: 'Delete all assessments' });
  await deletion.getByRole('button', { name: 'Delete all assessments' }).click();
  await deletion.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(options.getByText('0 assessments stored')).toBeVisible();
  await expect.poll(() => options.evaluate(kept)).not.toContain('Coho Snapshot');
  const again = await openPage('popup');
  await expect(again.getByText('No assessment yet')).toBeVisible();
});
