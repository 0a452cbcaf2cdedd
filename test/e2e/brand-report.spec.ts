import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createAssessmentByKeyboard } from './keyboard';
import { pdfText } from './pdf';
import { solidPng } from '../fixtures/images';

const firm = 'Ledger & Lamp <Advisory>';
const contact = 'hello@ledger.example';
const disclaimer = 'Indicative only: prepared from answers given in one meeting.';

async function setBrand(options: Page) {
  const form = options.getByRole('form', { name: 'Your brand' });
  await form.getByLabel('Firm name').fill(firm);
  await form.getByLabel('Contact line').fill(contact);
  await form.getByLabel('Disclaimer').fill(disclaimer);
  await form.getByLabel('Accent colour').fill('#ffdd00');
  await form.getByRole('button', { name: 'Save brand' }).click();
  await expect(form.getByLabel('Accent colour')).toHaveAccessibleDescription(/reaches only 1\.3:1 against white/);
  await form.getByLabel('Accent colour').fill('#8b1a1a');
  await form.getByLabel(/^Logo/).setInputFiles({ name: 'logo.svg', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await expect(form.getByLabel(/^Logo/)).toHaveAccessibleDescription(/must be a PNG or JPEG/);
  await form.getByLabel(/^Logo/).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(120, 40)) });
  await expect(form.getByText('120 × 40 pixels.')).toBeVisible();
  await form.getByRole('button', { name: 'Save brand' }).click();
  await expect(form.getByRole('status')).toHaveText(/^Saved\./);
}

test('a brand set in Settings reaches the summary, the report (cover, header, page numbers), the Markdown and the kiosk', async ({ openPage, context }) => {
  const options = await openPage('options');
  await setBrand(options);

  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Fourth Coffee', '260');
  for (const key of '21302') await app.keyboard.press(key);

  await app.getByRole('tab', { name: 'Summary' }).click();
  const mark = app.getByTestId('brand-mark');
  await expect(mark).toContainText(firm);
  await expect(mark).toContainText(contact);
  await expect(mark.getByRole('img', { name: `${firm} logo` })).toBeVisible();
  expect(await mark.getByRole('img').getAttribute('src')).toMatch(/^blob:chrome-extension:/);
  await expect(app.getByText(disclaimer)).toBeVisible();
  const summary = pdfText(await app.pdf({ format: 'A4' }));
  expect(summary.pages).toBe(1);
  expect(summary.text).toContain(firm);

  await app.getByRole('tab', { name: 'Export' }).click();
  const [markdown] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Markdown (.md)' }).click()]);
  const text = (await import('node:fs')).readFileSync((await markdown.path())!, 'utf8');
  expect(text.split('\n')[0]).toBe('Prepared by **Ledger \\& Lamp \\<Advisory\\>** · hello@ledger.example');

  const [report] = await Promise.all([context.waitForEvent('page'), app.getByRole('button', { name: 'Printable report' }).click()]);
  await report.waitForLoadState();
  await expect(report.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(3);
  await expect(report.getByRole('img', { name: `${firm} logo` })).toBeVisible();
  for (const [format, size] of [['A4', /\(A4\)$/], ['Letter', /^612 x 792 pts/]] as const) {
    const pdf = pdfText(await report.pdf({ format }));
    expect(pdf.size).toMatch(size);
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.pages).toBeLessThan(20);
    expect(pdf.text).toContain(`Prepared by ${firm}`);
    expect(pdf.text).toContain(disclaimer);
    // The running header from page 2 on, and "Page n of m" at the foot of every page.
    expect(pdf.text).toContain(`ISO/IEC 27001 readiness: Fourth Coffee`);
    for (let page = 1; page <= pdf.pages; page += 1) expect(pdf.text).toContain(`Page ${page} of ${pdf.pages}`);
    const pages = pdf.text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(pdf.pages);
    for (const page of pages.slice(1)) expect(page).toContain(firm);
  }

  // The print button loads the same report in a frame of the workspace and opens the print dialog from there.
  await app.getByRole('button', { name: 'Print the report' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'The print dialog shows the report' })).toBeVisible();
  await expect(app.frameLocator('iframe[data-print-frame]').getByRole('heading', { level: 1 })).toHaveText('ISO/IEC 27001 readiness: Fourth Coffee');

  const kiosk = await openPage('kiosk');
  await expect(kiosk.getByTestId('brand-mark')).toContainText(firm);
});

test('the Roadmap, SoA and Summary tabs each print on their own, without the workspace around them', async ({ openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'Proseware', '90');
  for (const key of '1203') await app.keyboard.press(key);
  for (const [tab, title, content] of [
    ['Roadmap', 'Remediation roadmap: Proseware', app.getByRole('table', { name: 'Roadmap tasks' })],
    ['SoA', 'Statement of Applicability: Proseware', app.getByRole('table', { name: 'Statement of Applicability' })],
    ['Summary', 'ISO/IEC 27001 readiness: Proseware', app.getByTestId('summary-verdict')],
  ] as const) {
    await app.getByRole('tab', { name: tab }).click();
    await expect(content).toBeVisible();
    await app.emulateMedia({ media: 'print' });
    await expect(app.getByRole('tablist')).toBeHidden();
    await expect(app.getByRole('list', { name: 'Assessments' })).toBeHidden();
    await expect(app.getByRole('button', { name: 'New assessment' })).toBeHidden();
    await expect(app.getByRole('button', { name: /^Print the/ })).toBeHidden();
    await expect(app.getByRole('heading', { name: title })).toBeVisible();
    await expect(content).toBeVisible();
    const pdf = pdfText(await app.pdf({ format: 'A4' }));
    expect(pdf.text).toContain(title);
    expect(pdf.text).not.toContain('New assessment');
    // The workspace's tabs (Compare is one) and buttons stay off the paper.
    expect(pdf.text).not.toContain('Compare');
    await app.emulateMedia({ media: null });
    await expect(app.getByRole('tablist')).toBeVisible();
  }
});
