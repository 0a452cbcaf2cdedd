import { describe, expect, it } from 'vitest';
import {
  IdleSecondsSchema,
  kioskRules,
  kioskStart,
  kioskStep,
  type KioskEvent,
  type KioskScreen,
  type KioskState,
  type KioskView,
} from '../../lib/kiosk';

const questionIds = ['quick.a', 'quick.b', 'quick.c'];
const rules = kioskRules(questionIds, 90);
const t0 = 1_000_000;

const resultAnswers = { 'quick.a': 2, 'quick.b': 'dont-know', 'quick.c': 4 } as const;
const views: Record<KioskScreen, KioskView> = {
  welcome: { screen: 'welcome' },
  question: { screen: 'question', index: 1, answers: { 'quick.a': 2 } },
  result: { screen: 'result', answers: resultAnswers },
  keep: { screen: 'keep', answers: { 'quick.a': 1 }, employees: 500 },
  thanks: { screen: 'thanks' },
  pin: { screen: 'pin' },
  operator: { screen: 'operator' },
};
const screens = Object.keys(views) as KioskScreen[];

const events = {
  start: { type: 'start' },
  answer: { type: 'answer', level: 3 },
  skip: { type: 'skip' },
  back: { type: 'back' },
  done: { type: 'done' },
  size: { type: 'size', employees: 120 },
  keep: { type: 'keep' },
  kept: { type: 'kept' },
  operator: { type: 'operator' },
  unlocked: { type: 'unlocked' },
} satisfies Record<string, KioskEvent>;
type ViewEventName = keyof typeof events;

/** Every transition that changes the screen; any other (screen, event) pair must leave the state as it is. */
const transitions: Record<KioskScreen, Partial<Record<ViewEventName, KioskView>>> = {
  welcome: {
    start: { screen: 'question', index: 0, answers: {} },
    operator: { screen: 'pin' },
  },
  question: {
    answer: { screen: 'question', index: 2, answers: { 'quick.a': 2, 'quick.b': 3 } },
    skip: { screen: 'question', index: 2, answers: { 'quick.a': 2 } },
    back: { screen: 'question', index: 0, answers: { 'quick.a': 2 } },
    done: { screen: 'result', answers: { 'quick.a': 2 } },
  },
  result: {
    back: { screen: 'question', index: 2, answers: resultAnswers },
    size: { screen: 'result', answers: resultAnswers, employees: 120 },
    keep: { screen: 'keep', answers: resultAnswers },
    done: { screen: 'thanks' },
  },
  keep: {
    back: { screen: 'result', answers: { 'quick.a': 1 }, employees: 500 },
    kept: { screen: 'thanks', kept: true },
  },
  thanks: { done: { screen: 'welcome' } },
  pin: { unlocked: { screen: 'operator' } },
  operator: {},
};

const on = (view: KioskView, lastActivityAt = t0): KioskState => ({ view, lastActivityAt, countdown: null });
const later = t0 + 5_000;

describe('kiosk transitions', () => {
  for (const screen of screens) {
    for (const [name, event] of Object.entries(events) as Array<[ViewEventName, KioskEvent]>) {
      const expected = transitions[screen][name];
      it(`${screen} + ${name} → ${expected ? expected.screen : 'unchanged'}`, () => {
        const before = on(views[screen]);
        const actual = kioskStep(before, event, later, rules);
        if (expected) expect(actual).toEqual({ view: expected, lastActivityAt: later, countdown: null });
        else expect(actual).toBe(before);
      });
    }

    it(`${screen} + reset → a fresh welcome`, () => {
      expect(kioskStep(on(views[screen]), { type: 'reset' }, later, rules)).toEqual(kioskStart(later));
    });

    it(`${screen} + activity keeps the screen and restarts the idle clock`, () => {
      const actual = kioskStep(on(views[screen]), { type: 'activity' }, later, rules);
      expect(actual).toEqual({ view: views[screen], lastActivityAt: later, countdown: null });
    });
  }

  it('the first question has nowhere to go back to', () => {
    const first = on({ screen: 'question', index: 0, answers: {} });
    expect(kioskStep(first, { type: 'back' }, later, rules)).toBe(first);
  });

  it.each([
    ['answer', { type: 'answer', level: 'dont-know' }, { 'quick.a': 1, 'quick.c': 'dont-know' }],
    ['skip', { type: 'skip' }, { 'quick.a': 1 }],
  ] as const)('%s on the last question shows the result', (_, event, answers) => {
    const last = on({ screen: 'question', index: 2, answers: { 'quick.a': 1 } });
    expect(kioskStep(last, event, later, rules).view).toEqual({ screen: 'result', answers });
  });

  it('a whole visit: every answer lands on its own question, and a changed answer replaces the old one', () => {
    const script: KioskEvent[] = [
      { type: 'start' },
      { type: 'answer', level: 0 },
      { type: 'answer', level: 4 },
      { type: 'back' },
      { type: 'answer', level: 1 },
      { type: 'skip' },
    ];
    const state = script.reduce((current, event, at) => kioskStep(current, event, t0 + at, rules), kioskStart(t0));
    expect(state.view).toEqual({ screen: 'result', answers: { 'quick.a': 0, 'quick.b': 1 } });
    const thanks = [{ type: 'keep' }, { type: 'kept' }] as const;
    const end = thanks.reduce((current, event) => kioskStep(current, event, t0 + 10, rules), state);
    expect(end.view).toEqual({ screen: 'thanks', kept: true });
    expect(JSON.stringify(end)).not.toContain('quick.');
  });
});

describe('kiosk idle reset', () => {
  const { idleMs, warningMs, thanksMs } = rules;

  it('defaults to 90 s with a 15 s warning; the warning is at most half the idle time', () => {
    expect(kioskRules(questionIds)).toMatchObject({ idleMs: 90_000, warningMs: 15_000 });
    expect(kioskRules(questionIds, 30)).toMatchObject({ idleMs: 30_000, warningMs: 15_000 });
    expect(kioskRules(questionIds, 10)).toMatchObject({ idleMs: 10_000, warningMs: 5_000 });
  });

  it('the welcome screen never counts down: there is nothing to clear', () => {
    const welcome = kioskStart(t0);
    for (const now of [t0 + idleMs - 1, t0 + idleMs, t0 + 10 * idleMs]) {
      expect(kioskStep(welcome, { type: 'tick' }, now, rules)).toBe(welcome);
    }
  });

  for (const screen of screens.filter((name) => name !== 'welcome' && name !== 'thanks')) {
    describe(`on ${screen}`, () => {
      const before = on(views[screen]);
      const tick = (state: KioskState, now: number) => kioskStep(state, { type: 'tick' }, now, rules);

      it('stays quiet until the warning window', () => {
        expect(tick(before, t0 + idleMs - warningMs - 1)).toBe(before);
      });

      it('counts down the last seconds, then wipes everything back to the welcome', () => {
        const warned = tick(before, t0 + idleMs - warningMs);
        expect(warned).toEqual({ ...before, countdown: 15 });
        expect(tick(warned, t0 + idleMs - warningMs + 10)).toBe(warned);
        expect(tick(warned, t0 + idleMs - 1_500).countdown).toBe(2);
        expect(tick(warned, t0 + idleMs - 1).countdown).toBe(1);
        expect(tick(warned, t0 + idleMs)).toEqual(kioskStart(t0 + idleMs));
      });

      it('a tap during the countdown continues where the visitor was', () => {
        const warned = tick(before, t0 + idleMs - 3_000);
        const resumed = kioskStep(warned, { type: 'activity' }, t0 + idleMs - 2_000, rules);
        expect(resumed).toEqual({ view: views[screen], lastActivityAt: t0 + idleMs - 2_000, countdown: null });
        expect(tick(resumed, t0 + idleMs + 1_000)).toBe(resumed);
      });

      it('a long pause seen only afterwards (a sleeping tablet) resets at once', () => {
        expect(tick(before, t0 + 3_600_000)).toEqual(kioskStart(t0 + 3_600_000));
      });
    });
  }

  it('on thanks: back to the welcome after a short pause, with no warning', () => {
    const thanks = on(views.thanks);
    const tick = (now: number) => kioskStep(thanks, { type: 'tick' }, now, rules);
    expect(thanksMs).toBeLessThan(idleMs);
    expect(tick(t0 + thanksMs - 1)).toBe(thanks);
    expect(tick(t0 + thanksMs)).toEqual(kioskStart(t0 + thanksMs));
  });

  it('any step clears the countdown', () => {
    const warned = kioskStep(on(views.question), { type: 'tick' }, t0 + idleMs - 1_000, rules);
    expect(warned.countdown).toBe(1);
    expect(kioskStep(warned, { type: 'answer', level: 2 }, t0 + idleMs - 500, rules).countdown).toBeNull();
  });
});

describe('idle seconds setting', () => {
  it.each([
    [30, true],
    [90, true],
    [600, true],
    [29, false],
    [601, false],
    [45.5, false],
    [Number.NaN, false],
    ['90', false],
  ])('%j is allowed: %s', (value, expected) => {
    expect(IdleSecondsSchema.safeParse(value).success).toBe(expected);
  });
});
