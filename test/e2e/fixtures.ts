/**
 * Every end-to-end test runs the built extension (.output/chrome-mv3) in Debian's Chromium with a fresh
 * profile, and fails if any page logs an error or makes a request outside the extension.
 */
import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The benchmarks point this at a copy of the build that also holds their floor page (scripts/bench.sh).
export const extensionPath = resolve(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type PageName = 'popup' | 'sidepanel' | 'options' | 'app' | 'kiosk';

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  openPage: (name: PageName) => Promise<Page>;
  /** Requests that left the extension, and errors that pages logged: both must stay empty. */
  problems: string[];
}

export async function launchExtension(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
    ],
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

export function watch(context: BrowserContext, problems: string[]): void {
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(chrome-extension|data|blob):/.test(url)) problems.push(`request: ${url}`);
  });
  context.on('page', (page) => watchPage(page, problems));
  for (const page of context.pages()) watchPage(page, problems);
}

function watchPage(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
}

export const test = base.extend<Fixtures>({
  problems: [
    async ({}, use) => {
      const problems: string[] = [];
      await use(problems);
      expect(problems, 'no request outside the extension and no console error').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ problems }, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'readiness-e2e-'));
    const context = await launchExtension(profile);
    watch(context, problems);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (name) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      return page;
    });
  },
});

export { expect };
