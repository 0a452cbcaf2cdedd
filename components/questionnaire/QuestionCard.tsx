import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { dontKnow, maturityLevels, notApplicable } from '../../data/answer-scale';
import { isControl } from '../../lib/item-ids';
import type { AnswerCheck, AnswerDetails, Level } from '../../lib/answers';
import type { CatalogItem } from '../../lib/catalog';
import type { QuestionState } from '../../lib/questionnaire';
import { markOnce, marks } from '../../lib/state/perf';
import { AnswerScale } from './AnswerScale';
import { ItemDetails } from './ItemDetails';
import { FieldError, fieldAria } from '../ui/FieldError';
import { FormAlert } from '../ui/FormAlert';

interface Props {
  state: QuestionState;
  position: string;
  sectionTitle: string;
  helpOpen: boolean;
  onHelpToggle: (open: boolean) => void;
  /** Set when N was pressed: open the justification box. */
  justifyRequested: boolean;
  /** How many covered items have their own, more specific answer. */
  refinedCount: number;
  showDetails: boolean;
  /** Set when the question is one Annex A control's own, so its details offer the SoA inclusion. */
  control?: CatalogItem;
  /** Writes the level; the stored note, evidence and owner stay. */
  onAnswer: (level: Level, justification?: string) => Promise<AnswerCheck>;
  /** Writes only the details changed. */
  onDetails: (details: AnswerDetails) => Promise<AnswerCheck>;
  /** Details typed before this page sees the question answered: kept, and written once its answer is stored. */
  onDraft: (details: AnswerDetails) => void;
  onAnswered: () => void;
}

const originLabel = { own: 'its own answer', standard: 'the standard assessment', quick: 'the quick scan' } as const;

export function levelLabel(level: Level): string {
  if (level === 'na') return notApplicable.label;
  if (level === 'dont-know') return dontKnow.label;
  return `${level} — ${maturityLevels[level].label}`;
}

export function QuestionCard(props: Props) {
  const { state, onAnswer, onAnswered } = props;
  const { question, own, inherited } = state;
  const [justifying, setJustifying] = useState(false);
  const [error, setError] = useState('');
  /** Why the N/A justification was refused: said beside its field, which gets focus. */
  const [justificationError, setJustificationError] = useState('');
  const [notice, setNotice] = useState('');
  /** Whether notes were touched on this question: answering by click then stays here so they can be finished. */
  const takingNotes = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const justification = useRef<HTMLTextAreaElement>(null);
  const allowNotApplicable = question.covers.every(isControl);

  useLayoutEffect(() => markOnce(marks.firstQuestion), []);

  useEffect(() => {
    setJustifying(false);
    setError('');
    setJustificationError('');
    setNotice('');
    takingNotes.current = false;
    heading.current?.focus();
  }, [question.id]);

  /**
   * After the level is stored (the questionnaire writes details typed before it as soon as it is): while notes
   * are being taken the card stays on this question instead of moving on, so the note can be finished.
   */
  function answered(): void {
    setError('');
    if (takingNotes.current) setNotice('Answer saved with your notes. Use Next → when you are done here.');
    else onAnswered();
  }

  function onDraft(details: AnswerDetails) {
    takingNotes.current = true;
    props.onDraft(details);
  }

  useEffect(() => {
    if (props.justifyRequested && allowNotApplicable) setJustifying(true);
  }, [props.justifyRequested, allowNotApplicable]);

  useEffect(() => {
    if (justifying) justification.current?.focus();
  }, [justifying]);

  async function choose(level: Level) {
    if (level === 'na') {
      setJustifying(true);
      return;
    }
    const result = await onAnswer(level);
    if (result.ok) answered();
    else setError(result.error);
  }

  async function saveJustification(event: Event) {
    event.preventDefault();
    const text = justification.current?.value ?? '';
    const result = await onAnswer('na', text);
    if (result.ok) {
      setJustifying(false);
      setJustificationError('');
      answered();
    } else {
      setJustificationError(result.error);
      justification.current?.focus();
    }
  }

  return (
    <section class="card stack" aria-labelledby={`q-${question.id}`}>
      <div class="spread">
        <span class="muted">
          {props.position} · {props.sectionTitle}
        </span>
        {question.covers.length > 1 ? (
          <span class="badge">covers {question.covers.join(', ')}</span>
        ) : (
          <span class="badge">{question.covers[0]}</span>
        )}
      </div>
      <h2 id={`q-${question.id}`} tabIndex={-1} ref={heading}>
        {question.text}
      </h2>
      <details class="help" open={props.helpOpen} onToggle={(event) => props.onHelpToggle(event.currentTarget.open)}>
        <summary>
          What good looks like <kbd aria-hidden="true">?</kbd>
        </summary>
        <p>{question.help}</p>
      </details>
      {inherited && (
        <p class="origin">
          From {originLabel[inherited.origin]}: <strong>{levelLabel(inherited.answer.level)}</strong>. Answer here to refine it
          for this item.
        </p>
      )}
      {own?.provenance && <p class="origin">{own.provenance}, confirmed. Answer again to replace it with your own.</p>}
      {props.refinedCount > 0 && (
        <p class="origin">
          {props.refinedCount} of the {question.covers.length} items this covers have their own, more specific answer, which
          takes precedence.
        </p>
      )}
      <AnswerScale
        selected={own?.level}
        inherited={inherited?.answer.level}
        allowNotApplicable={allowNotApplicable}
        onChoose={(level) => void choose(level)}
      />
      {justifying && (
        <form class="field" onSubmit={(event) => void saveJustification(event)}>
          <label for="na-justification">Why does this not apply?</label>
          <textarea
            id="na-justification"
            ref={justification}
            rows={2}
            defaultValue={own?.justification ?? ''}
            {...fieldAria('na-justification', justificationError || undefined)}
          />
          <FieldError fieldId="na-justification" error={justificationError || undefined} />
          <FormAlert fields={justificationError ? 1 : 0} outcome="Not marked" />
          <div class="row">
            <button type="submit" class="primary">
              Mark not applicable
            </button>
            <button type="button" onClick={() => setJustifying(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {own?.level === 'na' && !justifying && <p class="hint">Justification: {own.justification}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p class="hint" role="status">
          {notice}
        </p>
      )}
      {props.showDetails && (
        <ItemDetails
          key={question.id}
          answer={own}
          control={props.control}
          onChange={(details) => {
            takingNotes.current = true;
            return props.onDetails(details);
          }}
          onDraft={onDraft}
        />
      )}
    </section>
  );
}

