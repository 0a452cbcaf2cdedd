/**
 * Wide files (issue 16, finding 3) in Settings: a backup whose assessments are millions of numbers is refused with
 * a message, and a large valid backup shows its progress while it is checked and restored.
 */
import { catalogVersion } from '../../data/catalog/version';
import { toBackupJson } from '../../lib/exports/backup';
import { fixtureAnswers, fixtureNow, fixtureRecord } from '../fixtures/report';
import { expect, test } from './fixtures';
import { timeouts } from './timeouts';

test('a 10 MB backup of numbers is refused with a message, and nothing changes', async ({ openPage }) => {
  const options = await openPage('options');
  const numbers = JSON.stringify({
    format: 'iso27001-readiness/backup',
    formatVersion: 1,
    exportedAt: '2025-03-14T09:30:00.000Z',
    catalogVersion,
    assessments: Array.from({ length: 5_000_000 }, (_, at) => at % 10),
  });
  await options.getByLabel('Restore from a backup').setInputFiles({ name: 'wide.json', mimeType: 'application/json', buffer: Buffer.from(numbers) });
  await expect(options.getByRole('alert')).toContainText('The file has a list of 5,000,000 entries (in the list of assessments); a backup holds at most 10,000.');
});

test('a large valid backup shows its progress while it is checked, then what was restored', async ({ openPage }) => {
  const options = await openPage('options');
  const backup = toBackupJson(
    Array.from({ length: 1_500 }, (_, at) => ({ assessment: { ...fixtureRecord, id: `a-${at}`, organization: `Client ${at}` }, answers: fixtureAnswers })),
    catalogVersion,
    fixtureNow,
  );
  // Every status the panel shows on the way, however briefly, so the check does not depend on timing.
  await options.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { statusesSeen: string[] }).statusesSeen = seen;
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"], progress')) {
        const text = status.tagName === 'PROGRESS' ? `progress ${(status as HTMLProgressElement).value}/${(status as HTMLProgressElement).max}` : status.textContent ?? '';
        if (text && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await options.getByLabel('Restore from a backup').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(options.getByText('Restored. The backup held 1500 assessments: 1500 added.')).toBeVisible({ timeout: timeouts.long });
  const seen = await options.evaluate(() => (window as unknown as { statusesSeen: string[] }).statusesSeen);
  expect(seen).toContain('Reading the backup…');
  expect(seen.filter((text) => /^Checking the backup: [\d,]+ of 1500 assessments…$/.test(text)).length).toBeGreaterThan(1);
  expect(seen.some((text) => /^progress \d+\/1500$/.test(text))).toBe(true);
  expect(seen).toContain('Restoring 1500 assessments…');
});
