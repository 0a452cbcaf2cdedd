import { useSignal } from '@preact/signals';
import { useLayoutEffect } from 'preact/hooks';
import type { Level } from '../../lib/answers';
import type { Question } from '../../lib/catalog';
import { AnswerScale } from '../questionnaire/AnswerScale';
import { KioskHeading } from './Heading';

interface Props {
  question: Question;
  index: number;
  total: number;
  selected?: Level;
  /** False while the idle warning covers the screen: keys then belong to it. */
  keysActive: boolean;
  onAnswer: (level: Level) => void;
  onBack: () => void;
  onSkip: () => void;
  onFinish: () => void;
  onRestart: () => void;
}

const levelKeys: Record<string, Level> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, d: 'dont-know', D: 'dont-know' };

/** One quick-scan question per screen. Keys as in the questionnaire: 0–4, D, ←/→, ? for help. */
export function KioskQuestion(props: Props) {
  const { question, index, total } = props;
  const helpOpen = useSignal(false);

  // Registered as the question is drawn, not after it is painted: a key pressed the moment it shows answers it.
  useLayoutEffect(() => {
    if (!props.keysActive) return;
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const level = levelKeys[event.key];
      const action =
        level !== undefined
          ? () => props.onAnswer(level)
          : { ArrowLeft: props.onBack, ArrowRight: props.onSkip, '?': () => (helpOpen.value = !helpOpen.value) }[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  return (
    <main class="kiosk-page kiosk-question">
      <div class="kiosk-progress-row">
        <span>
          Question {index + 1} of {total}
        </span>
        <div
          class="progress"
          role="progressbar"
          aria-label="Questions"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={index}
        >
          <div class="own" style={{ width: `${(index / total) * 100}%` }} />
        </div>
      </div>
      <div class="kiosk-question-body">
        <div class="stack">
          <KioskHeading>{question.text}</KioskHeading>
          <details class="help" open={helpOpen.value} onToggle={(event) => (helpOpen.value = event.currentTarget.open)}>
            <summary>What does good look like?</summary>
            <p>{question.help}</p>
          </details>
        </div>
        <AnswerScale selected={props.selected} allowNotApplicable={false} onChoose={props.onAnswer} />
      </div>
      <nav class="kiosk-nav" aria-label="Question navigation">
        <button type="button" onClick={props.onBack} disabled={index === 0}>
          ← Back
        </button>
        <button type="button" onClick={props.onSkip}>
          Skip →
        </button>
        <button type="button" onClick={props.onFinish}>
          See my result
        </button>
        <button type="button" class="danger" onClick={props.onRestart}>
          Start over
        </button>
      </nav>
    </main>
  );
}
