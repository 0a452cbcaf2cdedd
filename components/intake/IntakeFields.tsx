import {
  certificationKinds,
  certificationLabels,
  frameworkKinds,
  frameworkLabels,
  needsIssueDate,
  regulationHints,
  regulationIds,
  regulationLabels,
  type CertificationKind,
  type IntakeInput,
  type RegulationDecision,
  type RegulationHint,
} from '../../lib/intake';
import { FieldError, fieldAria } from '../ui/FieldError';

interface Props {
  value: IntakeInput;
  onChange: (value: IntakeInput) => void;
  /** The assessment's sector and headcount, for the NIS2 and DORA suggestions; none while the headcount is not valid yet. */
  profile?: { sector: string; employees: number };
  errors: Partial<Record<CertificationKind, string>>;
  /** Keeps ids unique when two forms are on one page. */
  idPrefix: string;
  /** Today, "YYYY-MM-DD": the latest day a certificate can carry. */
  today: string;
}

const hintWords: Record<RegulationHint['likelihood'], string> = {
  likely: 'Likely applies',
  possible: 'May apply',
  unlikely: 'Unlikely to apply',
};

/**
 * What the organization already holds and follows, and whether NIS2 or DORA binds it: the fields shared by the
 * new-assessment form and the head start tab. The user decides on NIS2 and DORA; the sector and size only suggest.
 */
/** The id of a certificate's date field, for moving focus to the first one refused. */
export const issuedFieldId = (idPrefix: string, kind: CertificationKind) => `${idPrefix}-${kind}-issued`;

export function IntakeFields({ value, onChange, profile, errors, idPrefix, today }: Props) {
  const hints = profile ? regulationHints(profile.sector, profile.employees) : [];
  function toggleCertification(kind: CertificationKind, held: boolean) {
    const certifications = { ...value.certifications };
    if (held) certifications[kind] = certifications[kind] ?? { issued: '' };
    else delete certifications[kind];
    onChange({ ...value, certifications });
  }
  function setDecision(regulation: 'nis2' | 'dora', decision: RegulationDecision | undefined) {
    const next = { ...value };
    if (decision) next[regulation] = decision;
    else delete next[regulation];
    onChange(next);
  }
  return (
    <div class="stack">
      <fieldset class="stack">
        <legend>Certificates and attestations held</legend>
        {certificationKinds.map((kind) => {
          const id = `${idPrefix}-${kind}`;
          const entry = value.certifications[kind];
          const error = errors[kind];
          return (
            <div key={kind} class="field">
              <label>
                <input type="checkbox" checked={!!entry} onChange={(event) => toggleCertification(kind, event.currentTarget.checked)} />{' '}
                {certificationLabels[kind]}
              </label>
              {entry && (
                <>
                  <label for={`${id}-issued`}>
                    {certificationLabels[kind]}: {needsIssueDate(kind) ? 'issued on' : 'issued on (optional)'}
                  </label>
                  <input
                    id={`${id}-issued`}
                    type="date"
                    max={today}
                    value={entry.issued}
                    {...fieldAria(`${id}-issued`, error)}
                    onInput={(event) =>
                      onChange({ ...value, certifications: { ...value.certifications, [kind]: { issued: event.currentTarget.value } } })
                    }
                  />
                  <FieldError fieldId={`${id}-issued`} error={error} />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset class="stack">
        <legend>Frameworks followed</legend>
        {frameworkKinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={value.frameworks.includes(kind)}
              onChange={(event) =>
                onChange({
                  ...value,
                  frameworks: event.currentTarget.checked ? [...value.frameworks, kind] : value.frameworks.filter((framework) => framework !== kind),
                })
              }
            />{' '}
            {frameworkLabels[kind]}
          </label>
        ))}
      </fieldset>
      {regulationIds.map((regulation) => {
        const hint = hints.find((candidate) => candidate.regulation === regulation);
        const name = `${idPrefix}-${regulation}`;
        return (
          <fieldset key={regulation} class="stack" aria-describedby={hint ? `${name}-hint` : undefined}>
            <legend>Does {regulationLabels[regulation]} apply?</legend>
            {hint && (
              <p id={`${name}-hint`} class="hint" data-testid={`${regulation}-hint`}>
                Suggestion: {hintWords[hint.likelihood].toLowerCase()}. {hint.reason} You decide.
              </p>
            )}
            <div class="row">
              {(['yes', 'no', undefined] as const).map((decision) => (
                <label key={decision ?? 'undecided'}>
                  <input
                    type="radio"
                    name={name}
                    checked={value[regulation] === decision}
                    onChange={() => setDecision(regulation, decision)}
                  />{' '}
                  {decision === 'yes' ? 'Yes' : decision === 'no' ? 'No' : 'Not decided'}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
