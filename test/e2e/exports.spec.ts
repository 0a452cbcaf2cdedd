import type { Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, extensionIdOf, launchExtension, test, watch } from './fixtures';
import { createAssessmentByKeyboard, fullDepthAt } from './keyboard';
import { storedData, type Stored } from './stored-data';

const quickScanLength = 25;
/** Hostile on purpose: a spreadsheet formula and markup, which every export must keep as plain text. */
const organization = '=HYPERLINK("x") <img src=x onerror=alert(1)>';
const owner = '=HYPERLINK("x")';
const inclusion = '=HYPERLINK("x") <img src=x onerror=alert(1)> & "friends"';
const slug = 'hyperlink-x-img-src-x-onerror-alert-1';

async function answerQuestions(page: Page, keys: string) {
  for (const key of keys) await page.keyboard.press(key);
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const csvLines = (text: string) => text.split('\r\n').slice(0, -1);
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test('every export downloads from the workspace, and the report prints to PDF', async ({ context, openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, organization, '250');
  await answerQuestions(app, '1'.repeat(quickScanLength));
  await expect(app.getByText('That was the last question.')).toBeVisible();
  // An owner on the Annex A 8 question reaches every control it covers, in the roadmap and in the SoA.
  await app.getByLabel('Jump to a clause or theme').selectOption('A.8');
  await app.getByLabel('Owner').fill(owner);
  // At full depth, A.8.1's own answer gets the organization's own reason for including it in the SoA.
  await fullDepthAt(app, 'A.8');
  await expect(app.locator('.badge')).toHaveText('A.8.1');
  await app.getByRole('button', { name: /^Implemented/ }).click();
  await app.getByRole('button', { name: '← Previous' }).click();
  await expect(app.getByLabel('Justification', { exact: true })).toHaveValue(/^Staff devices hold company data/);
  await app.getByLabel('Reason', { exact: true }).selectOption({ label: 'Contractual' });
  await app.getByLabel('Justification', { exact: true }).fill(inclusion);
  await expect(app.getByText('Written for this assessment.')).toBeVisible();

  await app.getByRole('tab', { name: 'Roadmap' }).click();
  await expect(app.getByRole('img', { name: /^Roadmap chart: \d+ tasks in \d+ workstreams/ })).toBeVisible();
  const all = Number((await app.getByText(/^Showing all \d+ tasks/).innerText()).match(/\d+/)![0]);
  const rows = app.getByRole('table', { name: 'Roadmap tasks' }).locator('tr[data-task]');
  await expect(rows).toHaveCount(all);
  await app.getByLabel('Owner', { exact: true }).selectOption({ label: owner });
  await expect(app.getByText(/^Showing \d+ of \d+ tasks/)).toBeVisible();
  for (const cell of await rows.locator('td:nth-child(4)').allInnerTexts()) expect(cell).toBe(owner);
  await app.getByLabel('Owner', { exact: true }).selectOption('all');
  await app.getByLabel('Phase', { exact: true }).selectOption('audits');
  await expect(rows).toHaveCount(2);
  await app.getByLabel('Phase', { exact: true }).selectOption('all');

  await app.getByRole('tab', { name: 'SoA' }).click();
  const soaRows = app.getByRole('table', { name: 'Statement of Applicability' }).locator('tbody tr');
  await expect(soaRows).toHaveCount(93);
  // Both ways: the written inclusion for A.8.1 (its own answer, so no owner carried over), the catalog's
  // suggestion, marked, for the others.
  await expect(soaRows.filter({ hasText: 'A.8.1' }).first().getByRole('cell')).toHaveText([
    'User end point devices', 'Yes', 'Contractual', inclusion, '3 Implemented', '', '', '',
  ]);
  await expect(soaRows.filter({ hasText: 'A.8.2' }).first().locator('.badge')).toHaveText('suggested');
  await expect(app.getByTestId('soa-suggested')).toHaveText(/^92 applicable controls still carry a suggested justification/);

  await app.getByRole('tab', { name: 'Summary' }).click();
  await expect(app.getByTestId('summary-verdict')).toBeVisible();
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByRole('tablist')).toBeHidden();
  await expect(app.getByRole('button', { name: 'Print the summary' })).toBeHidden();
  await expect(app.getByRole('heading', { name: `ISO/IEC 27001 readiness: ${organization}` })).toBeVisible();
  // Printing the workspace prints the summary alone, on one page.
  expect(pdfPages(await app.pdf({ format: 'A4' }))).toBe(1);
  await app.emulateMedia({ media: null });

  await app.getByRole('tab', { name: 'Export' }).click();
  const markdown = await download(app, 'Markdown (.md)');
  expect(markdown.name).toBe(`${slug}-summary.md`);
  expect(markdown.text).toContain('# ISO/IEC 27001 readiness: =HYPERLINK("x") \\<img src=x onerror=alert(1)\\>');
  expect(markdown.text).toContain('## Remediation roadmap');
  // The roadmap as a plan: a short workstream table, the tasks in an appendix, amounts without a stray backslash.
  expect(markdown.text).toContain('| # | Workstream | Goal | Owner | Effort (days) | Start | End |');
  expect(markdown.text).toContain('## Appendix: tasks by workstream');
  expect(markdown.text).toMatch(/\s\$\d/);
  expect(markdown.text).not.toContain('\\$');

  const roadmap = await download(app, 'Roadmap (CSV)');
  expect(roadmap.name).toBe(`${slug}-roadmap.csv`);
  expect(roadmap.text.startsWith('\uFEFFPriority,Task id,Kind,Task,')).toBe(true);
  expect(roadmap.text.split('\r\n')[0]).toContain(',Owner,Workstream,Step,Phase,Start date,End date,');
  expect(csvLines(roadmap.text)).toHaveLength(all + 1);
  expect(roadmap.text).toContain(`"'=HYPERLINK(""x"")"`);
  expect(roadmap.text).not.toMatch(/(^|,)"?=HYPERLINK/m);

  const soa = await download(app, 'Statement of Applicability (CSV)');
  expect(soa.name).toBe(`${slug}-soa.csv`);
  expect(soa.text.startsWith('\uFEFFControl,Title,Theme,Applicable,')).toBe(true);
  expect(csvLines(soa.text)).toHaveLength(94);
  expect(soa.text).toContain(`"'=HYPERLINK(""x"")"`);
  expect(soa.text).toContain(`\r\nA.8.1,User end point devices,A.8,Yes,Contractual,"'=HYPERLINK(""x"") <img src=x onerror=alert(1)> & ""friends""",Written,`);
  expect(soa.text).toMatch(/\r\nA\.8\.2,Privileged access rights,A\.8,Yes,Risk treatment,[^\r]+,Suggested,/);
  expect(soa.text).not.toMatch(/(^|,)"?=HYPERLINK/m);

  const json = await download(app, 'Whole assessment (JSON)');
  expect(json.name).toBe(`${slug}-assessment.json`);
  const envelope = JSON.parse(json.text) as { format: string; assessment: { organization: string }; answers: object };
  expect(envelope.format).toBe('iso27001-readiness/assessment');
  expect(envelope.assessment.organization).toBe(organization);
  expect(Object.keys(envelope.answers)).toHaveLength(quickScanLength + 1);
  expect(envelope.answers).toMatchObject({ 'A.8.1': { level: 3, inclusionReason: 'contract', inclusionJustification: inclusion } });

  const [report] = await Promise.all([context.waitForEvent('page'), app.getByRole('button', { name: 'Printable report' }).click()]);
  await report.waitForLoadState();
  expect(report.url()).toMatch(/^blob:chrome-extension:\/\//);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText(`ISO/IEC 27001 readiness: ${organization}`);
  await expect(report.locator('img')).toHaveCount(0);
  await expect(report.getByRole('heading', { name: 'Statement of Applicability (draft)' })).toBeVisible();
  await expect(report.getByRole('row', { name: /^A\.8\.1 User end point devices/ }).getByRole('cell').nth(4)).toHaveText(inclusion);
  const pdf = await report.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdfPages(pdf)).toBeGreaterThan(1);
});

test('an exported assessment imports as a new one; a broken file says why and changes nothing', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Tailspin Toys', '80');
  await answerQuestions(app, '23104');
  await app.getByRole('tab', { name: 'Export' }).click();
  const exported = (await download(app, 'Whole assessment (JSON)')).text;
  const entries = app.getByRole('list', { name: 'Assessments' }).getByRole('listitem');
  await expect(entries).toHaveCount(1);
  const before = await storedData(app);
  const input = app.getByLabel('Import an assessment (JSON)');

  const badLevel = JSON.parse(exported) as { answers: Record<string, { level: unknown }> };
  Object.values(badLevel.answers)[0]!.level = 7;
  const broken = [
    { name: 'cut-off.json', text: exported.slice(0, exported.length / 2), says: 'not valid JSON' },
    { name: 'bad-level.json', text: JSON.stringify(badLevel), says: 'a level 0–4' },
    { name: 'hostile.json', text: exported.replace('"answers": {', '"answers": { "__proto__": { "level": 1 },'), says: '__proto__' },
  ];
  for (const file of broken) {
    await input.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(app.getByRole('alert')).toContainText('The file was not imported, and nothing was changed.');
    await expect(app.getByRole('alert')).toContainText(file.says);
    await expect(entries).toHaveCount(1);
    expect(await storedData(app)).toEqual(before);
  }

  await input.setInputFiles({ name: 'tailspin.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(app.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText(/Imported “Tailspin Toys \(imported \d{4}-\d{2}-\d{2}\)” with 5 answers/);
  await expect(app.getByRole('alert')).toHaveCount(0);
  await expect(entries).toHaveCount(2);
  await expect(app.getByRole('heading', { level: 2, name: /^Tailspin Toys \(imported/ })).toBeVisible();
  const after = await storedData(app);
  expect(after.assessments).toHaveLength(2);
  expect(after.answers).toHaveLength(10);
  // The original is untouched.
  for (const record of before.assessments) expect(after.assessments).toContainEqual(record);
  await app.getByRole('tab', { name: 'Results' }).click();
  await expect(app.getByTestId('overall')).toBeVisible();
});

test('options: backup and restore round trip, and delete all with undo', async ({ openPage, problems }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Northwind Traders', '40');
  await answerQuestions(app, '333');
  await app.getByRole('button', { name: 'New assessment' }).click();
  await createAssessmentByKeyboard(app, 'Fabrikam', '900');
  await answerQuestions(app, '12');

  const options = await openPage('options');
  const backup = await download(options, 'Download a backup');
  expect(backup.name).toMatch(/^iso27001-readiness-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(backup.text) as { assessments: Array<{ assessment: { organization: string }; answers: object }> };
  expect(parsed.assessments.map((entry) => entry.assessment.organization).sort()).toEqual(['Fabrikam', 'Northwind Traders']);
  const status = options.getByRole('region', { name: 'Backup and restore' }).getByRole('status');
  await expect(status).toHaveText(/Saved 2 assessments/);
  const before = await storedData(options);

  const restore = options.getByLabel('Restore from a backup');
  await restore.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(backup.text.slice(0, 200)) });
  await expect(options.getByRole('alert')).toContainText('The backup was not restored, and nothing was changed.');
  expect(await storedData(options)).toEqual(before);
  await restore.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await expect(status).toHaveText('Restored. The backup held 2 assessments: 0 added, 2 already here and unchanged.');
  expect(await storedData(options)).toEqual(before);

  const deletion = options.getByRole('region', { name: 'Delete all assessments' });
  await deletion.getByRole('button', { name: 'Delete all assessments' }).click();
  await deletion.getByRole('button', { name: 'Yes, delete all' }).click();
  await expect(deletion.getByRole('status')).toHaveText('Deleted 2 assessments.');
  await expect(options.getByText('0 assessments stored')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Assessments' }).getByRole('listitem')).toHaveCount(0);
  await deletion.getByRole('button', { name: 'Undo delete all' }).click();
  await expect(deletion.getByRole('status')).toHaveText('Brought back 2 assessments.');
  await expect(app.getByRole('list', { name: 'Assessments' }).getByRole('listitem')).toHaveCount(2);
  expect(await storedData(options)).toEqual(before);

  // The backup into another browser profile: everything comes back, answers included.
  const profile = mkdtempSync(join(tmpdir(), 'readiness-e2e-restore-'));
  const other = await launchExtension(profile);
  try {
    watch(other, problems);
    const otherOptions = await other.newPage();
    await otherOptions.goto(`chrome-extension://${await extensionIdOf(other)}/options.html`);
    await otherOptions.getByLabel('Restore from a backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup.text) });
    await expect(otherOptions.getByRole('region', { name: 'Backup and restore' }).getByRole('status')).toHaveText(
      'Restored. The backup held 2 assessments: 2 added.',
    );
    // Restored answers are stamped with the time of the restore; everything else is as it was.
    const withoutTimes = ({ assessments, answers }: Stored) => ({ assessments, answers: answers.map(({ updatedAt: _time, ...answer }) => answer) });
    expect(withoutTimes(await storedData(otherOptions))).toEqual(withoutTimes(before));
  } finally {
    await other.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
