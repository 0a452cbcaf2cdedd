/**
 * The kiosk's in-memory session: the pure machine of lib/kiosk/machine.ts held in a signal, fed the time and the
 * visitor's input. Nothing here is stored, so a reset or a reload leaves no trace of the visitor.
 */
import { computed, signal } from '@preact/signals';
import { kioskStart, kioskStep, type KioskEvent, type KioskRules } from '../kiosk';

export type KioskSession = ReturnType<typeof createKioskSession>;

/** `rules` is read at every step, so a changed idle time applies from the next tick on. */
export function createKioskSession(rules: () => KioskRules, clock: () => number = Date.now) {
  const state = signal(kioskStart(clock()));
  /** The time of the latest step or tick, for countdowns outside the machine (the PIN backoff). */
  const now = signal(clock());
  function send(event: KioskEvent): void {
    const time = clock();
    now.value = time;
    state.value = kioskStep(state.peek(), event, time, rules());
  }
  return {
    state,
    // Separate signals, so a screen re-renders only when its view changes, not on every tap.
    view: computed(() => state.value.view),
    countdown: computed(() => state.value.countdown),
    now,
    send,
  };
}

const tickMs = 1_000;

/**
 * Wires a session to the page: a tick every second; any touch, click or key counts as activity (during the
 * idle warning only its own button continues, so a tap cannot fall through to an answer beneath); and a page
 * brought back from the back-forward cache starts over. Returns the function that undoes all of it.
 */
export type KioskPage = Pick<Window, 'setInterval' | 'clearInterval' | 'addEventListener' | 'removeEventListener'>;

export function attachKioskSession(session: KioskSession, page: KioskPage = window): () => void {
  const timer = page.setInterval(() => session.send({ type: 'tick' }), tickMs);
  const onInput = () => {
    if (session.countdown.peek() === null) session.send({ type: 'activity' });
  };
  const onPageShow = (event: Event) => {
    if ((event as PageTransitionEvent).persisted) session.send({ type: 'reset' });
  };
  page.addEventListener('pointerdown', onInput, true);
  page.addEventListener('keydown', onInput, true);
  page.addEventListener('pageshow', onPageShow);
  return () => {
    page.clearInterval(timer);
    page.removeEventListener('pointerdown', onInput, true);
    page.removeEventListener('keydown', onInput, true);
    page.removeEventListener('pageshow', onPageShow);
  };
}
