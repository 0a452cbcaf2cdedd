/**
 * Statement of Applicability draft (DESIGN §8): all 93 Annex A controls, applicable or not, a justification for
 * each either way (ISO 27001 6.1.3 d asks for both), the implementation status from the answers, and what was
 * noted. An applicable control carries the reason written for this assessment, or else the catalog's suggested
 * one, marked as suggested so that nobody mistakes it for the organization's own decision.
 */
import { inclusionReasonLabels, type InclusionReason } from '../../data/soa-inclusion-reasons';
import type { Answer, Answers } from '../answers';
import type { Catalog, CatalogItem } from '../catalog';
import type { ThemeGroupId } from '../item-ids';
import { effectiveLevel, type ItemLevel } from '../verdict';
import { toCsv, type CsvCell } from './csv';
import { levelWords } from './format';

export interface SoaRow {
  id: string;
  title: string;
  theme: ThemeGroupId;
  applicable: boolean;
  /** Why an applicable control is included; null for an excluded one (or a catalog stored without suggestions). */
  reason: InclusionReason | null;
  /** Why the control is included, or, when it is not applicable, why it is excluded. */
  justification: string;
  /** True while an applicable control's justification is the catalog's suggestion, not yet written for this assessment. */
  suggested: boolean;
  level: ItemLevel;
  /** The level in words ("3 Implemented"), "Not applicable", "Don't know" or "Not assessed". */
  status: string;
  note: string;
  owner: string;
  /** Whether evidence exists; null when nobody said. */
  evidence: boolean | null;
}

/** Shown instead of a justification that an older or hand-made record lacks: the auditor will ask for one. */
export const missingJustification = 'Missing: say why this control does not apply before the audit';

type Inclusion = Pick<SoaRow, 'reason' | 'justification' | 'suggested'>;

function inclusionOf(item: CatalogItem, answer: Answer | undefined): Inclusion {
  const written = answer?.inclusionJustification?.trim();
  const reason = answer?.inclusionReason ?? item.inclusion?.reason ?? null;
  if (written) return { reason, justification: written, suggested: false };
  return { reason, justification: item.inclusion?.text ?? '', suggested: item.inclusion !== undefined };
}

function exclusionOf(answer: Answer | undefined): Inclusion {
  return { reason: null, justification: answer?.justification?.trim() || missingJustification, suggested: false };
}

export function buildSoa(catalog: Catalog, answers: Answers): SoaRow[] {
  return catalog.items.flatMap((item) => {
    if (item.kind !== 'control') return [];
    const answer = answers[item.id];
    const level = effectiveLevel(item, answer);
    const applicable = level !== 'na';
    return [
      {
        id: item.id,
        title: item.title,
        theme: item.group as ThemeGroupId,
        applicable,
        ...(applicable ? inclusionOf(item, answer) : exclusionOf(answer)),
        level,
        status: levelWords(level),
        note: answer?.note?.trim() ?? '',
        owner: answer?.owner?.trim() ?? '',
        evidence: answer?.evidence ?? null,
      },
    ];
  });
}

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'Yes' : 'No');

/** The reason in words: "Risk treatment" …, or empty for an excluded control. */
export const reasonWords = (row: Pick<SoaRow, 'reason'>): string => (row.reason ? inclusionReasonLabels[row.reason] : '');

/** "Suggested" while the justification is the catalog's draft, "Written" once the assessment has its own. */
export const justificationSource = (row: SoaRow): string =>
  row.suggested ? 'Suggested' : row.justification && row.justification !== missingJustification ? 'Written' : '';

/** One sentence on how many inclusions still rest on the catalog's suggestion, for the SoA view and the report. */
export function suggestedSummary(rows: readonly SoaRow[]): string {
  const count = rows.filter((row) => row.suggested).length;
  if (count === 0) return 'Every applicable control has a justification written for this assessment.';
  const controls = count === 1 ? '1 applicable control still carries' : `${count} applicable controls still carry`;
  return `${controls} a suggested justification: confirm or rewrite each from the risk treatment plan before the audit.`;
}

export const soaCsvHeader = [
  'Control',
  'Title',
  'Theme',
  'Applicable',
  'Reason for inclusion',
  'Justification (inclusion or exclusion)',
  'Justification source',
  'Implementation status',
  'Evidence exists',
  'Owner',
  'Note',
];

/** One row per control, in the header's order: the CSV and the workbook's SoA sheet both lay these out. */
export function soaRows(catalog: Catalog, answers: Answers): CsvCell[][] {
  return buildSoa(catalog, answers).map((row): CsvCell[] => [
    row.id,
    row.title,
    row.theme,
    yesNo(row.applicable),
    reasonWords(row),
    row.justification,
    justificationSource(row),
    row.status,
    yesNo(row.evidence),
    row.owner,
    row.note,
  ]);
}

export function toSoaCsv(catalog: Catalog, answers: Answers): string {
  return toCsv([soaCsvHeader, ...soaRows(catalog, answers)]);
}
