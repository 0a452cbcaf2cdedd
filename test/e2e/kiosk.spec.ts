import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const quickScanLength = 25;
const operatorPin = '2468';
const portrait = { width: 810, height: 1080 };
const landscape = { width: 1180, height: 820 };

/**
 * A finger on the screen. The shared fixture's persistent context has no `hasTouch` (so no `locator.tap()`);
 * turning touch emulation on through CDP and sending touch events gives Chromium's own tap → click path.
 */
class Finger {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Finger> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    return new Finger(cdp);
  }

  async tap(target: Locator): Promise<void> {
    await expect(target).toBeVisible();
    await expect(target).toBeEnabled();
    await target.scrollIntoViewIfNeeded();
    const box = (await target.boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

const button = (page: Page, name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
const level = (page: Page, value: number) => page.locator('.scale button').nth(value);
const welcome = (page: Page) => page.getByRole('heading', { level: 1, name: /How close are you to ISO 27001/ });

/** Every record of every table, to prove a visit left the database exactly as it was. */
async function databaseContents(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('iso27001-readiness');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const contents: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      contents[name] = await new Promise<unknown[]>((resolve, reject) => {
        const all = db.transaction(name).objectStore(name).getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
    }
    db.close();
    return contents;
  });
}

/** Every visible control is at least 44 × 44 px, and nothing scrolls sideways. */
async function expectTouchFriendly(page: Page, screen: string): Promise<void> {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, input:not([type=checkbox]), summary, label.kiosk-check'))
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ name: element.textContent?.trim().slice(0, 30) || element.id, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, `${screen}: targets under 44 px`).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${screen}: no sideways scrolling`).toBeLessThanOrEqual(0);
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((violation) => `${violation.id} on ${violation.nodes.map((node) => node.target).join(', ')}`);
  expect(found, `${screen}: axe-core violations`).toEqual([]);
}

/** The first PIN is set in the extension's Settings, never at the kiosk (a visitor could claim the panel). */
async function setPinInSettings(openPage: (name: 'options') => Promise<Page>): Promise<void> {
  const options = await openPage('options');
  await options.getByLabel('PIN', { exact: true }).fill(operatorPin);
  await options.getByLabel('Repeat the PIN').fill(operatorPin);
  await options.getByRole('button', { name: 'Set PIN' }).click();
  await expect(options.getByText('PIN set.')).toBeVisible();
  await options.close();
}

async function unlock(page: Page, finger: Finger, pin: string): Promise<void> {
  await page.getByLabel('Operator PIN').fill(pin);
  await finger.tap(button(page, 'Unlock'));
}

test('a visitor completes the scan by touch and keeps the result; the operator lists and exports it with the PIN', async ({
  openPage,
}) => {
  await setPinInSettings(openPage);
  const kiosk = await openPage('kiosk');
  await kiosk.setViewportSize(portrait);
  const finger = await Finger.on(kiosk);
  await expectTouchFriendly(kiosk, 'welcome');

  await finger.tap(button(kiosk, 'Start'));
  await expect(kiosk.getByText(`Question 1 of ${quickScanLength}`)).toBeVisible();
  expect(await kiosk.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await expectTouchFriendly(kiosk, 'question, portrait');
  await kiosk.setViewportSize(landscape);
  await expectTouchFriendly(kiosk, 'question, landscape');
  for (let question = 1; question <= quickScanLength; question++) {
    await expect(kiosk.getByText(`Question ${question} of ${quickScanLength}`)).toBeVisible();
    await finger.tap(question % 7 === 0 ? button(kiosk, /Don't know/) : level(kiosk, question % 4));
  }

  await expect(kiosk.getByRole('heading', { name: 'Your readiness' })).toBeVisible();
  await expect(kiosk.getByTestId('kiosk-readiness')).toHaveText(/^\d+ %$/);
  // Readiness stands beside how much of the standard the short scan covers, and the verdict is only indicative.
  await expect(kiosk.getByTestId('kiosk-coverage')).toHaveText(/^\d+ % of requirements covered · confidence (low|medium|high)$/);
  await expect(kiosk.getByTestId('kiosk-verdict')).toHaveText('Not ready for an audit yet');
  await expect(kiosk.locator('.findings li')).toHaveCount(3);
  await expect(kiosk.getByTestId('kiosk-band')).toHaveText(/About \$[\d,]+\s?–\s?\$[\d,]+ in outside fees and [\d.]+–[\d.]+ months/);
  const bandBefore = await kiosk.getByTestId('kiosk-band').textContent();
  await finger.tap(button(kiosk, '1,000 people or more'));
  await expect(button(kiosk, '1,000 people or more')).toHaveAttribute('aria-pressed', 'true');
  await expect(kiosk.getByTestId('kiosk-band')).not.toHaveText(bandBefore!);
  await expectTouchFriendly(kiosk, 'result, landscape');
  await kiosk.setViewportSize(portrait);
  await expectTouchFriendly(kiosk, 'result, portrait');

  await finger.tap(button(kiosk, 'Keep my results'));
  await kiosk.getByLabel('Your name').fill('Dana Scully');
  await kiosk.getByLabel('Email').fill('dana@example.com');
  await kiosk.getByLabel('Organization (optional)').fill('=HYPERLINK("http://evil.example")');
  await finger.tap(kiosk.locator('label.kiosk-check'));
  await expect(kiosk.getByRole('checkbox')).toBeChecked();
  await expectTouchFriendly(kiosk, 'keep form');
  await finger.tap(button(kiosk, 'Keep my results'));
  await expect(kiosk.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(kiosk.getByTestId('kiosk-kept')).toContainText('contact details are kept for the team at this stand');
  await finger.tap(button(kiosk, 'Done'));
  await expect(welcome(kiosk)).toBeVisible();

  await finger.tap(button(kiosk, 'Operator'));
  await expect(kiosk.getByText('Dana Scully')).toHaveCount(0);
  await unlock(kiosk, finger, operatorPin);
  const row = kiosk.getByRole('row', { name: /Dana Scully/ });
  await expect(row).toContainText('dana@example.com');
  await expect(row).toContainText('Indicative: not ready for Stage 1 yet');

  const download = kiosk.waitForEvent('download');
  await finger.tap(button(kiosk, 'Export CSV'));
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv.startsWith('\uFEFFKept at (UTC),Name,Organization,Email,Readiness %,Coverage %,Verdict,Certainty')).toBe(true);
  expect(csv).toContain(`,Dana Scully,"'=HYPERLINK(""http://evil.example"")",dana@example.com,`);
  expect(csv.split('\r\n')).toHaveLength(3);

  await finger.tap(button(kiosk, 'Delete all kept results'));
  await finger.tap(button(kiosk, 'Yes, delete all'));
  await expect(kiosk.getByText('No visitor has kept a result yet.')).toBeVisible();
  expect((await databaseContents(kiosk)).kioskResults).toEqual([]);

  await finger.tap(button(kiosk, 'Exit kiosk'));
  await expect(kiosk).toHaveURL(/\/app\.html$/);
});

/**
 * The kiosk reads the time at every one-second tick. Holding the page's time fixed, and moving it only where a
 * test says so, makes every wait exact however slow the machine is; the page's timers keep running in real time,
 * so nothing that waits on one stalls.
 */
function heldClock(context: BrowserContext) {
  let time = Date.parse('2027-03-01T09:00:00Z');
  return {
    start: () => context.clock.setFixedTime(time),
    forward: (ms: number) => context.clock.setFixedTime((time += ms)),
  };
}

test('after the idle countdown the next visitor sees a clean welcome, with no way back', async ({ context, openPage }) => {
  const clock = heldClock(context);
  await clock.start();
  const kiosk = await openPage('kiosk');
  const historyLength = await kiosk.evaluate(() => history.length);

  await welcome(kiosk).focus();
  await kiosk.keyboard.press('Tab');
  await expect(button(kiosk, 'Start')).toBeFocused();
  await kiosk.keyboard.press('Enter');
  // One key per question, each pressed once its question is on screen: a key that arrives before the scan has
  // drawn its first question has nothing to answer.
  for (const [index, key] of ['3', '1', 'd', '4', '2'].entries()) {
    await expect(kiosk.getByText(`Question ${index + 1} of ${quickScanLength}`)).toBeVisible();
    await kiosk.keyboard.press(key);
  }
  await expect(kiosk.getByText(`Question 6 of ${quickScanLength}`)).toBeVisible();

  // 90 s by default: quiet until the last 15 s, then a countdown the visitor can tap away.
  await clock.forward(74_000);
  await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
  await clock.forward(2_000);
  await expect(kiosk.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
  await expect(kiosk.getByTestId('idle-seconds')).toHaveText('14');
  await expect(button(kiosk, 'Tap to continue')).toBeFocused();
  await expectAccessible(kiosk, 'idle warning');
  // Keys belong to the warning now: a level key must not answer the question beneath.
  await kiosk.keyboard.press('2');
  await expect(kiosk.getByText(`Question 6 of ${quickScanLength}`)).toBeVisible();
  await kiosk.keyboard.press('Enter');
  await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
  await expect(kiosk.getByText(`Question 6 of ${quickScanLength}`)).toBeVisible();

  await clock.forward(80_000);
  await expect(kiosk.getByRole('alertdialog')).toBeVisible();
  await expect(kiosk.getByTestId('idle-seconds')).toHaveText('10');
  await clock.forward(11_000);
  await expect(welcome(kiosk)).toBeVisible();
  await expect(kiosk.getByRole('alertdialog')).toHaveCount(0);
  await expect(kiosk.getByText(/Question \d+ of/)).toHaveCount(0);

  // The kiosk never adds history entries, so Back leaves the kiosk, and Forward or a reload start afresh.
  expect(await kiosk.evaluate(() => history.length)).toBe(historyLength);
  await kiosk.goBack();
  await expect(kiosk).not.toHaveURL(/kiosk\.html/);
  await kiosk.goForward();
  await expect(welcome(kiosk)).toBeVisible();
  await kiosk.reload();
  await expect(welcome(kiosk)).toBeVisible();

  // A fresh visit starts with nothing selected.
  await kiosk.keyboard.press('Tab');
  await kiosk.keyboard.press('Enter');
  await expect(kiosk.getByText(`Question 1 of ${quickScanLength}`)).toBeVisible();
  await expect(kiosk.locator('[aria-pressed="true"]')).toHaveCount(0);
  expect((await databaseContents(kiosk)).kioskResults).toEqual([]);

  // Leaving mid-scan and coming back shows the welcome, not the scan.
  await kiosk.keyboard.press('2');
  await expect(kiosk.getByText(`Question 2 of ${quickScanLength}`)).toBeVisible();
  await kiosk.goBack();
  await kiosk.goForward();
  await expect(welcome(kiosk)).toBeVisible();
  await expect(kiosk.getByText(/Question \d+ of/)).toHaveCount(0);
});

test('a visitor who does not consent leaves nothing in IndexedDB', async ({ openPage }) => {
  await setPinInSettings(openPage);
  const kiosk = await openPage('kiosk');
  await kiosk.emulateMedia({ colorScheme: 'dark' });
  const finger = await Finger.on(kiosk);
  const before = await databaseContents(kiosk);
  // A browser that refuses full screen: the kiosk carries on, filling the window by its own layout.
  await kiosk.evaluate(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
  });

  await finger.tap(button(kiosk, 'Start'));
  expect(await kiosk.evaluate(() => document.fullscreenElement)).toBeNull();
  const frame = (await kiosk.locator('.kiosk').boundingBox())!;
  expect(frame).toEqual({ x: 0, y: 0, ...kiosk.viewportSize()! });
  for (const value of [2, 0, 3]) await finger.tap(level(kiosk, value));
  await finger.tap(button(kiosk, 'See my result'));
  await finger.tap(button(kiosk, 'Keep my results'));
  await kiosk.getByLabel('Your name').fill('Fox Mulder');
  await kiosk.getByLabel('Email').fill('fox@example.com');
  await finger.tap(button(kiosk, 'Keep my results'));
  await expect(kiosk.getByText(/Tick the box to agree/)).toBeVisible();
  await finger.tap(button(kiosk, '← Back, keep nothing'));
  await finger.tap(button(kiosk, 'Finish and clear'));
  await expect(kiosk.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expect(kiosk.getByTestId('kiosk-kept')).toContainText('Nothing was kept');
  await finger.tap(button(kiosk, 'Done'));

  // Start over from the middle of a scan wipes it too.
  await finger.tap(button(kiosk, 'Start'));
  await finger.tap(level(kiosk, 4));
  await finger.tap(button(kiosk, 'Start over'));
  await expect(welcome(kiosk)).toBeVisible();

  expect(await databaseContents(kiosk)).toEqual(before);
  expect(JSON.stringify(await databaseContents(kiosk))).not.toContain('Fox Mulder');
});

test('the operator panel needs the PIN, and wrong PINs are slowed down even across a reload', async ({ context, openPage }) => {
  // The PIN is set on the real clock; only the kiosk's wait after wrong PINs runs on the test's.
  await setPinInSettings(openPage);
  const clock = heldClock(context);
  await clock.start();
  const kiosk = await openPage('kiosk');
  let finger = await Finger.on(kiosk);

  await finger.tap(button(kiosk, 'Operator'));
  await expect(kiosk.getByRole('heading', { name: /Kept results/ })).toHaveCount(0);
  await unlock(kiosk, finger, '0000');
  await expect(kiosk.getByText('That PIN is not right.')).toBeVisible();
  await unlock(kiosk, finger, '1111');
  await expect(kiosk.getByText('Too many wrong PINs. Try again in 1 second.')).toBeVisible();
  await expect(button(kiosk, 'Unlock')).toBeDisabled();
  await expectAccessible(kiosk, 'PIN prompt, locked');
  // Each wrong PIN after that doubles the wait; the time moves only when the test moves it.
  for (const [pin, seconds] of [['2222', 2], ['3333', 4], ['4444', 8]] as const) {
    await clock.forward((seconds / 2) * 1_000);
    await expect(button(kiosk, 'Unlock')).toBeEnabled();
    await unlock(kiosk, finger, pin);
    await expect(kiosk.getByText(`Too many wrong PINs. Try again in ${seconds} seconds.`)).toBeVisible();
  }

  await kiosk.reload();
  finger = await Finger.on(kiosk);
  await finger.tap(button(kiosk, 'Operator'));
  await expect(kiosk.getByText('Too many wrong PINs. Try again in 8 seconds.')).toBeVisible();
  await expect(button(kiosk, 'Unlock')).toBeDisabled();

  await clock.forward(8_000);
  await expect(button(kiosk, 'Unlock')).toBeEnabled();
  await unlock(kiosk, finger, operatorPin);
  await expect(kiosk.getByRole('heading', { name: 'Kept results (0)' })).toBeVisible();
  await expectAccessible(kiosk, 'operator panel');
});
