import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';
import { storedData } from './stored-data';
import { editAnswers } from '../fixtures/workbook';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('a workbook goes to the client and comes back: preview item by item, apply some, a broken one changes nothing', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Wide World Importers', '120');
  for (const key of '2310') await app.keyboard.press(key);
  await app.getByRole('tab', { name: 'Export' }).click();
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Workbook (.xlsx)', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe('wide-world-importers-questionnaire.xlsx');
  const exported = new Uint8Array(readFileSync((await download.path())!));
  const input = app.getByLabel('Import answers from a workbook (.xlsx)');
  const before = await storedData(app);

  // Damaged and foreign files: a reason, and nothing written.
  for (const [name, bytes, says] of [
    ['cut.xlsx', exported.slice(0, exported.length / 2), 'not a readable workbook'],
    ['notes.xlsx', new TextEncoder().encode('Item,Level\n4.1,3\n'), 'not a zip archive'],
    ['bad-level.xlsx', await editAnswers(exported, [{ item: '4.1', column: 'level', value: '9' }]), '“9” is not a level'],
  ] as const) {
    await input.setInputFiles({ name, mimeType: xlsx, buffer: Buffer.from(bytes) });
    await expect(app.getByRole('alert')).toContainText('The workbook was not read, and nothing was changed.');
    await expect(app.getByRole('alert')).toContainText(says);
    expect(await storedData(app)).toEqual(before);
  }

  const filled = await editAnswers(exported, [
    { item: '4.1', column: 'level', value: '4 Audit-ready' },
    { item: '4.2', column: 'owner', value: 'Priya' },
    { item: 'A.5.1', column: 'level', value: '1 Ad hoc' },
    { item: '5.1', column: 'level', value: 'Not applicable' },
  ]);
  await input.setInputFiles({ name: 'filled.xlsx', mimeType: xlsx, buffer: Buffer.from(filled) });
  const changes = app.getByRole('region', { name: 'Changes from the workbook' });
  await expect(changes).toContainText('3 items would change');
  await expect(changes).toContainText('Level: 2 Defined → 4 Audit-ready');
  await expect(changes).toContainText('Owner: none → “Priya”');
  await expect(changes).toContainText('5.1');
  await expect(changes).toContainText('cannot be marked not applicable');
  // Previewing wrote nothing.
  expect(await storedData(app)).toEqual(before);
  expect((await new AxeBuilder({ page: app }).include('[aria-label="Changes from the workbook"]').analyze()).violations).toEqual([]);

  await changes.getByRole('checkbox', { name: /^A\.5\.1 / }).uncheck();
  await changes.getByRole('button', { name: 'Apply 2 chosen changes' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Applied 2 changes from the workbook.' })).toBeVisible();
  await expect(changes).toHaveCount(0);
  const own = (await storedData(app)).answers.filter((answer) => ['4.1', '4.2', 'A.5.1', '5.1'].includes(answer.target as string));
  expect(own.map(({ target, level, owner }) => ({ target, level, owner })).sort((a, b) => String(a.target).localeCompare(String(b.target)))).toEqual([
    { target: '4.1', level: 4, owner: undefined },
    { target: '4.2', level: 2, owner: 'Priya' },
  ]);
});
