import { test } from '../e2e/fixtures';
import { createAssessmentByKeyboard } from '../e2e/keyboard';
test('x', async ({ context, extensionId, openPage }) => {
  const app = await openPage('app');
  await createAssessmentByKeyboard(app, 'B', '250');
  await app.keyboard.press('2');
  await app.close();
  const names = ['floor', 'popup', 'sidepanel'];
  const t: Record<string, number[][]> = {};
  for (let run = 0; run < 11; run++) for (const name of names) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    const mark = name === 'sidepanel' ? 'readiness:first-question' : 'readiness:ready';
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark);
    const v = await page.evaluate((m) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return [nav.responseEnd, nav.domInteractive, Math.max(0, ...res.map((r) => r.responseEnd)), res.length, performance.getEntriesByName(m)[0]!.startTime];
    }, mark);
    (t[name] ??= []).push(v);
    await page.close();
  }
  for (const [k, v] of Object.entries(t)) {
    const med = v[0]!.map((_, i) => [...v.map((r) => r[i]!)].sort((a, b) => a - b)[5]!.toFixed(0));
    console.log('X', k, 'navEnd domInteractive lastResourceEnd resources mark:', med.join(' '));
  }
});
