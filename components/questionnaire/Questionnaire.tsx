import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { checkAnswer, withLevel, type AnswerDetails, type Level } from '../../lib/answers';
import { depths, isControl, type Depth } from '../../lib/item-ids';
import { isItemQuestion, progressOf, questionStates, resolveItemAnswers } from '../../lib/questionnaire';
import { marks, measure } from '../../lib/state/perf';
import { ProgressBar } from '../ui/ProgressBar';
import { QuestionCard } from './QuestionCard';
import { useWorkspace } from '../workspace/WorkspaceContext';

const depthLabels: Record<Depth, string> = {
  quick: 'Quick scan (about 10 minutes)',
  standard: 'Standard (every clause, controls by topic)',
  full: 'Full (every clause and control)',
};

const levelKeys: Record<string, Level> = { '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, d: 'dont-know', D: 'dont-know' };

/**
 * One question at a time at the assessment's depth. Keyboard: 0–4 answer and advance, D don't know,
 * N not applicable, ←/→ or J/K move, ? help.
 */
interface Props {
  showDetails: boolean;
  /** Called when the last question has been answered: the side panel shows the call summary then. */
  onFinished?: () => void;
}

export function Questionnaire(props: Props) {
  const workspace = useWorkspace();
  // Wait for this assessment's answers, so the first screen is its first unanswered question.
  if (!workspace.answersLoaded.value) return <p class="muted">Loading answers…</p>;
  return <QuestionnaireSteps key={workspace.current.value!.id} {...props} />;
}

function QuestionnaireSteps({ showDetails, onFinished }: Props) {
  const workspace = useWorkspace();
  const catalog = workspace.catalog.value!;
  const assessment = workspace.current.value!;
  const depth = assessment.depth;
  // Read the depth through its signal so a change of depth recomputes the questions.
  const states = useComputed(() => questionStates(catalog, workspace.current.value!.depth, workspace.answers.value));
  const resolved = useComputed(() => resolveItemAnswers(catalog, workspace.answers.value));
  const firstOpen = () => Math.max(0, states.value.findIndex((state) => !state.own && !state.inherited));
  const index = useSignal(firstOpen());
  const helpOpen = useSignal(false);
  const justifyRequested = useSignal(0);
  const status = useSignal('');
  const previousDepth = useRef(depth);
  /**
   * Details typed for a question this page does not see answered, by question. The page's copy of the answers can
   * lag behind what is stored (a key answers and moves on at once), so they are tried at once, and again the
   * moment this page sees the answer stored, whichever way it came (a key, a click, another page), even if the
   * user has moved on: an owner typed in between must not be lost.
   */
  const pendingDetails = useRef(new Map<string, AnswerDetails>());
  const writePending = (target: string) => {
    const details = pendingDetails.current.get(target);
    if (!details) return;
    void workspace.answerDetails(target, details).then((result) => {
      if (!result.ok && 'unanswered' in result) return;
      // Written, or refused for good (the page's banner says why): typed since, it is still pending.
      if (pendingDetails.current.get(target) === details) pendingDetails.current.delete(target);
      if (!result.ok) status.value = result.error;
    });
  };

  useSignalEffect(() => {
    const stored = workspace.answers.value;
    for (const target of pendingDetails.current.keys()) if (stored[target]) writePending(target);
  });

  if (previousDepth.current !== depth) {
    previousDepth.current = depth;
    index.value = firstOpen();
  }

  const total = states.value.length;
  const position = Math.min(index.value, total - 1);
  const state = states.value[position]!;
  const move = (step: number) => {
    index.value = Math.max(0, Math.min(total - 1, index.peek() + step));
    justifyRequested.value = 0;
  };
  /** Marks the answer saved and moves on; called once the answer is accepted. */
  const advance = () => {
    const last = index.peek() >= total - 1;
    status.value = last ? 'Saved. That was the last question.' : 'Saved.';
    if (last) onFinished?.();
    else move(1);
  };
  /**
   * Keys can come faster than the screen re-renders, so the question is read from the signals at the moment
   * of the key press, the answer checked at once, and the write left to finish in the background.
   */
  const answerLevel = (level: Level) => {
    const current = states.peek()[Math.min(index.peek(), total - 1)]!;
    const check = checkAnswer(current.question, withLevel(undefined, level));
    if (!check.ok) {
      status.value = check.error;
      return;
    }
    advance();
    void measure(marks.answerSaved, () => workspace.answerLevel(current.question.id, level)).then((result) => {
      if (!result.ok) status.value = result.error;
    });
  };

  // Registered as the screen is drawn, not after it is painted: a key pressed the moment a question shows must
  // answer it, not fall into the gap before an effect runs.
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      const level = levelKeys[event.key];
      if (level !== undefined) {
        event.preventDefault();
        answerLevel(level);
      } else if (event.key === 'n' || event.key === 'N') {
        event.preventDefault();
        const current = states.peek()[Math.min(index.peek(), total - 1)]!;
        if (current.question.covers.every(isControl)) justifyRequested.value += 1;
        else status.value = 'Clause requirements are mandatory for certification: they cannot be marked not applicable.';
      } else if (event.key === 'ArrowRight' || event.key === 'j' || event.key === 'J') {
        event.preventDefault();
        move(1);
      } else if (event.key === 'ArrowLeft' || event.key === 'k' || event.key === 'K') {
        event.preventDefault();
        move(-1);
      } else if (event.key === '?') {
        event.preventDefault();
        helpOpen.value = !helpOpen.value;
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const sections = catalog.groups.filter((group) => states.value.some((s) => s.question.section === group.id));
  const section = catalog.groups.find((group) => group.id === state.question.section)!;
  const control =
    isItemQuestion(state.question) && isControl(state.question.id)
      ? catalog.items.find((item) => item.id === state.question.id)
      : undefined;
  const refinedCount =
    state.question.covers.length > 1
      ? state.question.covers.filter((id) => resolved.value[id]?.origin === 'own').length
      : 0;

  return (
    <div class="stack">
      <div class="row">
        <label for="depth" class="visually-hidden">
          Depth
        </label>
        <select id="depth" value={depth} onChange={(event) => void workspace.setDepth(event.currentTarget.value as Depth)}>
          {depths.map((value) => (
            <option key={value} value={value}>
              {depthLabels[value]}
            </option>
          ))}
        </select>
        <label for="jump" class="visually-hidden">
          Jump to a clause or theme
        </label>
        <select
          id="jump"
          value={section.id}
          onChange={(event) => {
            index.value = states.value.findIndex((s) => s.question.section === event.currentTarget.value);
          }}
        >
          {sections.map((group) => (
            <option key={group.id} value={group.id}>
              {group.kind === 'clause' ? `Clause ${group.id}` : group.id} {group.title}
            </option>
          ))}
        </select>
      </div>
      <ProgressBar progress={progressOf(states.value)} />
      <QuestionCard
        state={state}
        position={`Question ${position + 1} of ${total}`}
        sectionTitle={section.kind === 'clause' ? `Clause ${section.id} ${section.title}` : `${section.id} ${section.title}`}
        helpOpen={helpOpen.value}
        onHelpToggle={(open) => (helpOpen.value = open)}
        justifyRequested={justifyRequested.value > 0}
        refinedCount={refinedCount}
        showDetails={showDetails}
        control={control}
        onAnswer={(level, justification) => workspace.answerLevel(state.question.id, level, justification)}
        onDetails={(details) => workspace.answerDetails(state.question.id, details)}
        onDraft={(details) => {
          const target = state.question.id;
          pendingDetails.current.set(target, { ...pendingDetails.current.get(target), ...details });
          writePending(target);
        }}
        onAnswered={advance}
      />
      <div class="spread">
        <button type="button" onClick={() => move(-1)} disabled={position === 0}>
          ← Previous
        </button>
        <p class="hint" aria-live="polite">
          {status.value}
        </p>
        <button type="button" onClick={() => move(1)} disabled={position === total - 1}>
          Next →
        </button>
      </div>
      <p class="hint">
        Keys: <kbd>0</kbd>–<kbd>4</kbd> answer, <kbd>D</kbd> don't know, <kbd>N</kbd> not applicable, <kbd>←</kbd>
        <kbd>→</kbd> or <kbd>J</kbd>/<kbd>K</kbd> move, <kbd>?</kbd> help.
      </p>
    </div>
  );
}
