/**
 * Which held certifications and followed frameworks turn into suggested answers, through which crosswalk, and at
 * which level. The level says what the source can vouch for, never more:
 * - a SOC 2 Type II report: an auditor saw the related controls operate over a period → 3, implemented;
 * - a SOC 2 Type I report: an auditor saw them designed, at one point in time → 2, defined;
 * - NIST CSF 2.0 followed: the organization's own claim, unaudited → 2, defined.
 * Nothing here reaches 4 (audit-ready): only this standard's own evidence can show that. The ISO certificates
 * and Cyber Essentials suggest nothing here: a 2022 certificate is its own subject (the surveillance verdict),
 * a 2013 one goes through the transition import, and Cyber Essentials has no crosswalk of ours.
 */
import type { Maturity } from '../answers';
import { follows, holds, sourceNames, type CertificationKind, type FrameworkKind, type Intake } from '../intake';

export type SuggestionSourceId = Extract<CertificationKind | FrameworkKind, 'soc2-type2' | 'soc2-type1' | 'nist-csf-2'>;

export interface SuggestionSource {
  id: SuggestionSourceId;
  /** "SOC 2 Type II", as provenance names it. */
  name: string;
  crosswalkId: 'soc2' | 'nist-csf-2';
  level: Maturity;
}

/** Strongest first: where two sources relate to one item, the first one's suggestion stands. */
export const suggestionSources: readonly SuggestionSource[] = [
  { id: 'soc2-type2', name: sourceNames['soc2-type2'], crosswalkId: 'soc2', level: 3 },
  { id: 'soc2-type1', name: sourceNames['soc2-type1'], crosswalkId: 'soc2', level: 2 },
  { id: 'nist-csf-2', name: sourceNames['nist-csf-2'], crosswalkId: 'nist-csf-2', level: 2 },
];

/** The sources an intake holds or follows, strongest first. */
export function sourcesIn(intake: Intake | undefined): SuggestionSource[] {
  return suggestionSources.filter((source) =>
    source.id === 'nist-csf-2' ? follows(intake, source.id) : holds(intake, source.id) !== undefined,
  );
}
