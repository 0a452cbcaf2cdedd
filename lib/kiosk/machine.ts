/**
 * The kiosk as a pure state machine (DESIGN §1, §2): welcome → one quick-scan question per screen → result →
 * optionally the consent form to keep it → thanks → welcome, plus the operator's PIN prompt and panel. A
 * visitor's answers live only in this state, so dropping it leaves nothing for the next visitor.
 *
 * Time stays outside: every step is given `now`, and a `tick` event lets the machine notice idleness. After
 * `idleMs` without input every screen except the welcome returns to it; in the last `warningMs` the state
 * carries a countdown for the "Still there?" screen. The thanks screen returns sooner and without a warning.
 */
import type { Level } from '../answers';
import { z } from '../zod';

export type KioskAnswers = Record<string, Level>;

export type KioskView =
  | { screen: 'welcome' }
  | { screen: 'question'; index: number; answers: KioskAnswers }
  /** `employees` is the visitor's size pick for the cost band; unset means the reference size. */
  | { screen: 'result'; answers: KioskAnswers; employees?: number }
  | { screen: 'keep'; answers: KioskAnswers; employees?: number }
  /** `kept` when the visitor's result was stored with their consent, so the screen can say so. */
  | { screen: 'thanks'; kept?: true }
  | { screen: 'pin' }
  | { screen: 'operator' };

export type KioskScreen = KioskView['screen'];

export interface KioskState {
  view: KioskView;
  lastActivityAt: number;
  /** Whole seconds until the reset while the idle warning shows; null otherwise. */
  countdown: number | null;
}

export type KioskEvent =
  | { type: 'start' }
  /** Answers the question on screen and moves on. */
  | { type: 'answer'; level: Level }
  | { type: 'skip' }
  | { type: 'back' }
  /** From a question straight to the result; from the result to thanks; from thanks to the welcome. */
  | { type: 'done' }
  | { type: 'size'; employees: number }
  | { type: 'keep' }
  /** The kept record is stored. */
  | { type: 'kept' }
  | { type: 'operator' }
  /** The operator's PIN was right. */
  | { type: 'unlocked' }
  /** Start over, cancel the PIN prompt, lock the panel: all drop everything and show the welcome. */
  | { type: 'reset' }
  /** Any touch, click or key: dismisses the idle warning. */
  | { type: 'activity' }
  | { type: 'tick' };

export interface KioskRules {
  /** The quick scan's question ids, in order. */
  questionIds: readonly string[];
  idleMs: number;
  warningMs: number;
  thanksMs: number;
}

export const defaultIdleSeconds = 90;
export const minIdleSeconds = 30;
export const maxIdleSeconds = 600;
export const idleWarningMs = 15_000;
export const thanksMs = 12_000;

export const IdleSecondsSchema = z
  .number({ error: 'Enter the idle time in seconds.' })
  .int('Enter a whole number of seconds.')
  .min(minIdleSeconds, `The idle time must be at least ${minIdleSeconds} seconds.`)
  .max(maxIdleSeconds, `The idle time must be at most ${maxIdleSeconds} seconds (10 minutes).`);

export function kioskRules(questionIds: readonly string[], idleSeconds = defaultIdleSeconds): KioskRules {
  const idleMs = idleSeconds * 1000;
  // The warning never takes more than half the idle time, so a short idle time still allows a full screen of work.
  return { questionIds, idleMs, warningMs: Math.min(idleWarningMs, idleMs / 2), thanksMs };
}

export function kioskStart(now: number): KioskState {
  return { view: { screen: 'welcome' }, lastActivityAt: now, countdown: null };
}

/** The next state; the same object when the event means nothing on this screen. */
export function kioskStep(state: KioskState, event: KioskEvent, now: number, rules: KioskRules): KioskState {
  if (event.type === 'reset') return kioskStart(now);
  if (event.type === 'tick') return idleStep(state, now, rules);
  if (event.type === 'activity') {
    return state.countdown === null && state.lastActivityAt === now ? state : { ...state, lastActivityAt: now, countdown: null };
  }
  const view = viewStep(state.view, event, rules.questionIds);
  return view === state.view ? state : { view, lastActivityAt: now, countdown: null };
}

function idleStep(state: KioskState, now: number, rules: KioskRules): KioskState {
  const { screen } = state.view;
  if (screen === 'welcome') return state;
  const deadline = state.lastActivityAt + (screen === 'thanks' ? rules.thanksMs : rules.idleMs);
  if (now >= deadline) return kioskStart(now);
  const left = deadline - now;
  const countdown = screen !== 'thanks' && left <= rules.warningMs ? Math.ceil(left / 1000) : null;
  return countdown === state.countdown ? state : { ...state, countdown };
}

type ViewEvent = Exclude<KioskEvent, { type: 'reset' | 'tick' | 'activity' }>;

function viewStep(view: KioskView, event: ViewEvent, questionIds: readonly string[]): KioskView {
  switch (view.screen) {
    case 'welcome':
      if (event.type === 'start') return { screen: 'question', index: 0, answers: {} };
      if (event.type === 'operator') return { screen: 'pin' };
      return view;
    case 'question':
      return questionStep(view, event, questionIds);
    case 'result':
      if (event.type === 'back') return { screen: 'question', index: questionIds.length - 1, answers: view.answers };
      if (event.type === 'size') return { ...view, employees: event.employees };
      if (event.type === 'keep') return { ...view, screen: 'keep' };
      if (event.type === 'done') return { screen: 'thanks' };
      return view;
    case 'keep':
      if (event.type === 'back') return { ...view, screen: 'result' };
      if (event.type === 'kept') return { screen: 'thanks', kept: true };
      return view;
    case 'thanks':
      return event.type === 'done' ? { screen: 'welcome' } : view;
    case 'pin':
      return event.type === 'unlocked' ? { screen: 'operator' } : view;
    case 'operator':
      return view;
  }
}

function questionStep(
  view: Extract<KioskView, { screen: 'question' }>,
  event: ViewEvent,
  questionIds: readonly string[],
): KioskView {
  const last = view.index >= questionIds.length - 1;
  const forward = (answers: KioskAnswers): KioskView =>
    last ? { screen: 'result', answers } : { screen: 'question', index: view.index + 1, answers };
  switch (event.type) {
    case 'answer': {
      const id = questionIds[view.index];
      return id === undefined ? view : forward({ ...view.answers, [id]: event.level });
    }
    case 'skip':
      return forward(view.answers);
    case 'back':
      return view.index === 0 ? view : { ...view, index: view.index - 1 };
    case 'done':
      return { screen: 'result', answers: view.answers };
    default:
      return view;
  }
}
