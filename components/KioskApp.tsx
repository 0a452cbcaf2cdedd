import { useSignal } from '@preact/signals';
import { kioskStart, kioskStep, type KioskEvent } from '../lib/kiosk';
import { AnswerScale } from './AnswerScale';
import { useWorkspace } from './WorkspaceContext';
import { WorkspaceProvider } from './WorkspaceProvider';

/** The booth screen: a visitor takes the quick scan; their answers are kept in memory only. */
export function KioskApp() {
  return (
    <WorkspaceProvider>
      <KioskScreen />
    </WorkspaceProvider>
  );
}

function KioskScreen() {
  const catalog = useWorkspace().catalog.value!;
  const questions = catalog.questionSets.quick;
  const state = useSignal(kioskStart);
  const send = (event: KioskEvent) => (state.value = kioskStep(state.value, event, questions.length));
  const current = state.value;

  if (current.screen === 'welcome') {
    return (
      <main class="page stack kiosk">
        <h1>How close are you to ISO 27001 certification?</h1>
        <p>
          {questions.length} quick questions, about ten minutes. Your answers stay on this screen and are wiped when you finish.
        </p>
        <button type="button" class="primary" onClick={() => send({ type: 'start' })}>
          Start
        </button>
      </main>
    );
  }
  if (current.screen === 'result') {
    const answered = Object.values(current.answers).filter((level) => typeof level === 'number').length;
    return (
      <main class="page stack kiosk">
        <h1>Thank you</h1>
        <p>
          You answered {answered} of {questions.length} questions.
        </p>
        <button type="button" class="primary" onClick={() => send({ type: 'finish' })}>
          Finish and clear my answers
        </button>
      </main>
    );
  }
  const question = questions[current.index]!;
  return (
    <main class="page stack kiosk">
      <p class="muted">
        Question {current.index + 1} of {questions.length}
      </p>
      <h1>{question.text}</h1>
      <details class="help">
        <summary>What good looks like</summary>
        <p>{question.help}</p>
      </details>
      <AnswerScale
        selected={current.answers[question.id]}
        allowNotApplicable={false}
        onChoose={(level) => send({ type: 'answer', questionId: question.id, level })}
      />
      <div class="spread">
        <button type="button" onClick={() => send({ type: 'back' })}>
          Back
        </button>
        <button type="button" onClick={() => send({ type: 'reset' })}>
          Start over
        </button>
      </div>
    </main>
  );
}
