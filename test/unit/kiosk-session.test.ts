import { describe, expect, it } from 'vitest';
import { kioskRules, kioskStart } from '../../lib/kiosk';
import { attachKioskSession, createKioskSession, type KioskPage } from '../../lib/state/kiosk-session';

/** A page whose one-second timer the test fires by hand. */
function fakePage() {
  const events = new EventTarget();
  let tick: (() => void) | undefined;
  const page = {
    setInterval: (handler: () => void) => {
      tick = handler;
      return 1;
    },
    clearInterval: () => {
      tick = undefined;
    },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  } as unknown as KioskPage;
  const pageShow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });
  return {
    page,
    tick: () => tick?.(),
    get ticking() {
      return tick !== undefined;
    },
    fire: (event: Event) => events.dispatchEvent(event),
    pageShow,
  };
}

describe('the kiosk session in a page', () => {
  const rules = kioskRules(['quick.a', 'quick.b'], 30);

  function setUp() {
    let time = 1_000;
    const session = createKioskSession(() => rules, () => time);
    const page = fakePage();
    const detach = attachKioskSession(session, page.page);
    return { session, page, detach, at: (now: number) => (time = now) };
  }

  it('ticks every second, counts down, and resets when idle', () => {
    const { session, page, at } = setUp();
    session.send({ type: 'start' });
    at(1_000 + 20_000);
    page.tick();
    expect(session.countdown.value).toBe(10);
    expect(session.now.value).toBe(21_000);
    at(1_000 + 30_000);
    page.tick();
    expect(session.state.value).toEqual(kioskStart(31_000));
  });

  it('a touch or key is activity, except during the warning, where only its button continues', () => {
    const { session, page, at } = setUp();
    session.send({ type: 'start' });
    at(5_000);
    page.fire(new Event('keydown'));
    expect(session.state.value.lastActivityAt).toBe(5_000);
    at(5_000 + 25_000);
    page.tick();
    expect(session.countdown.value).toBe(5);
    page.fire(new Event('pointerdown'));
    expect(session.countdown.value).toBe(5);
    session.send({ type: 'activity' });
    expect(session.countdown.value).toBeNull();
    expect(session.view.value).toEqual({ screen: 'question', index: 0, answers: {} });
  });

  it('a page restored from the back-forward cache starts over; a normal show does not', () => {
    const { session, page } = setUp();
    session.send({ type: 'start' });
    page.fire(page.pageShow(false));
    expect(session.view.value.screen).toBe('question');
    page.fire(page.pageShow(true));
    expect(session.view.value).toEqual({ screen: 'welcome' });
  });

  it('detaching stops the timer and the listeners', () => {
    const { session, page, detach, at } = setUp();
    session.send({ type: 'start' });
    detach();
    expect(page.ticking).toBe(false);
    at(99_000);
    page.fire(new Event('pointerdown'));
    page.fire(page.pageShow(true));
    expect(session.state.value.lastActivityAt).toBe(1_000);
    expect(session.view.value.screen).toBe('question');
  });
});
