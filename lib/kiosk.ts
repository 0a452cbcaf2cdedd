/**
 * The kiosk visitor flow as a pure state machine: welcome → one quick-scan question per screen → result →
 * welcome. A visitor's answers live only in this state, so a reset leaves nothing for the next visitor.
 */
import type { Level } from './answers';

export type KioskState =
  | { screen: 'welcome' }
  | { screen: 'question'; index: number; answers: Record<string, Level> }
  | { screen: 'result'; answers: Record<string, Level> };

export type KioskEvent =
  | { type: 'start' }
  | { type: 'answer'; questionId: string; level: Level }
  | { type: 'back' }
  | { type: 'skip' }
  | { type: 'finish' }
  | { type: 'reset' };

export const kioskStart: KioskState = { screen: 'welcome' };

export function kioskStep(state: KioskState, event: KioskEvent, questionCount: number): KioskState {
  if (event.type === 'reset') return kioskStart;
  switch (state.screen) {
    case 'welcome':
      return event.type === 'start' ? { screen: 'question', index: 0, answers: {} } : state;
    case 'question': {
      const last = state.index >= questionCount - 1;
      if (event.type === 'answer') {
        const answers = { ...state.answers, [event.questionId]: event.level };
        return last ? { screen: 'result', answers } : { ...state, index: state.index + 1, answers };
      }
      if (event.type === 'skip') return last ? { screen: 'result', answers: state.answers } : { ...state, index: state.index + 1 };
      if (event.type === 'back') return state.index === 0 ? kioskStart : { ...state, index: state.index - 1 };
      if (event.type === 'finish') return { screen: 'result', answers: state.answers };
      return state;
    }
    case 'result':
      return event.type === 'finish' ? kioskStart : state;
  }
}
