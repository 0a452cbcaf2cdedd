/**
 * Two pages on one assessment (issue 16, finding 1): each write changes only what its user changed, and every
 * open page shows what is stored. The answer is read back from IndexedDB itself, not from either screen.
 */
import type { Page } from '@playwright/test';
import type { Answer } from '../../lib/answers';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard, fullDepthAt } from './keyboard';

/** The stored answer to `target` of the one assessment, straight from IndexedDB. */
function storedAnswer(page: Page, target: string): Promise<Answer | undefined> {
  return page.evaluate(
    (wanted) =>
      new Promise<Answer | undefined>((resolve, reject) => {
        const opening = indexedDB.open('iso27001-readiness');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('answers').objectStore('answers').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            opening.result.close();
            const found = (request.result as Array<Answer & { target: string }>).find((record) => record.target === wanted);
            if (!found) return resolve(undefined);
            const { level, note, evidence, owner } = found;
            resolve({ level, note, evidence, owner });
          };
        };
      }),
    target,
  );
}

/** Opens the full questionnaire at A.5.1 on `page`. */
async function openControlA51(page: Page): Promise<void> {
  await fullDepthAt(page, 'A.5');
  await expect(page.locator('.badge')).toHaveText('A.5.1');
}

test('a note typed in one tab survives "Evidence exists" ticked in another, and both tabs show both', async ({ openPage }) => {
  const first = await openPage('app');
  await createAssessmentByKeyboard(first, 'Woodgrove Bank', '400');
  await openControlA51(first);
  await first.locator('.scale button').nth(2).click();
  await first.getByRole('button', { name: '← Previous' }).click();
  await expect(first.locator('.badge')).toHaveText('A.5.1');

  const second = await openPage('app');
  await expect(second.getByRole('heading', { name: 'Woodgrove Bank' })).toBeVisible();
  await openControlA51(second);
  await expect(second.getByLabel('Evidence exists')).not.toBeChecked();

  await first.getByLabel('Note').fill('Policy approved by the board in March');
  await expect.poll(async () => (await storedAnswer(first, 'A.5.1'))?.note).toBe('Policy approved by the board in March');
  await second.getByLabel('Evidence exists').check();

  await expect.poll(() => storedAnswer(first, 'A.5.1')).toEqual({
    level: 2,
    note: 'Policy approved by the board in March',
    evidence: true,
    owner: undefined,
  });
  await expect(second.getByLabel('Note')).toHaveValue('Policy approved by the board in March');
  await expect(first.getByLabel('Evidence exists')).toBeChecked();
  await expect(first.getByLabel('Note')).toHaveValue('Policy approved by the board in March');
});

test('the side panel answering an item while the workspace types its owner loses neither', async ({ openPage }) => {
  const panel = await openPage('sidepanel');
  await createAssessmentByKeyboard(panel, 'Litware', '60');
  const app = await openPage('app');
  await expect(app.getByRole('heading', { name: 'Litware' })).toBeVisible();
  await openControlA51(app);
  await app.locator('.scale button').nth(1).click();
  await app.getByRole('button', { name: '← Previous' }).click();
  await expect(app.locator('.badge')).toHaveText('A.5.1');
  await panel.getByLabel('Jump to a clause or theme').selectOption('A.5');
  await expect(panel.locator('.badge')).toHaveText('A.5.1');

  const owner = app.getByLabel('Owner');
  let typed = '';
  for (const [round, level] of ['3', '2', '4', '0', '3'].entries()) {
    // The panel's answer and the owner's next letters race, as they do when two people work at once.
    await panel.keyboard.press(level);
    typed += `${round}`;
    await owner.pressSequentially(`${round}`);
    await expect.poll(() => storedAnswer(app, 'A.5.1'), `round ${round + 1}`).toEqual({
      level: Number(level),
      owner: typed,
      note: undefined,
      evidence: undefined,
    });
    await expect(app.locator('.scale button[aria-pressed="true"]')).toHaveText(new RegExp(`^${level}`));
    await panel.keyboard.press('k');
    await expect(panel.locator('.badge')).toHaveText('A.5.1');
  }
});
