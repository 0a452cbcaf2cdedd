import { dontKnow, maturityLevels, notApplicable } from '../../data/answer-scale';
import type { Level } from '../../lib/answers';

interface Props {
  selected?: Level;
  /** A value carried over from a broader question, shown but not selected. */
  inherited?: Level;
  allowNotApplicable: boolean;
  onChoose: (level: Level) => void;
}

/** The 0–4 scale with each level's definition, plus don't know and (Annex A only) not applicable. */
export function AnswerScale({ selected, inherited, allowNotApplicable, onChoose }: Props) {
  const extraClass = (level: Level) => (selected === undefined && inherited === level ? 'inherited' : undefined);
  return (
    <div class="stack">
      <div class="scale" role="group" aria-label="Answer">
        {maturityLevels.map(({ level, label, definition }) => (
          <button
            type="button"
            key={level}
            class={extraClass(level)}
            aria-pressed={selected === level}
            onClick={() => onChoose(level)}
          >
            <span class="key" aria-hidden="true">
              {level}
            </span>
            <span class="label">{label}</span>
            <span class="definition">{definition}</span>
          </button>
        ))}
      </div>
      <div class="scale-extra" role="group" aria-label="Other answers">
        <button
          type="button"
          class={extraClass('dont-know')}
          aria-pressed={selected === 'dont-know'}
          title={dontKnow.definition}
          onClick={() => onChoose('dont-know')}
        >
          {dontKnow.label} <kbd aria-hidden="true">D</kbd>
        </button>
        {allowNotApplicable && (
          <button
            type="button"
            class={extraClass('na')}
            aria-pressed={selected === 'na'}
            title={notApplicable.definition}
            onClick={() => onChoose('na')}
          >
            {notApplicable.label} <kbd aria-hidden="true">N</kbd>
          </button>
        )}
      </div>
    </div>
  );
}
