/**
 * The auditor's view of an assessment (DESIGN §6): what blocks Stage 1 and Stage 2, worst first, and which
 * common audit gaps the answers reveal. Pure, like lib/scoring.ts, which calls it once per assessment.
 * Stage 2 needs the ISMS to have run long enough to leave records: levels 3 and 4 mean exactly that.
 */
import type { Catalog, CatalogItem, ItemId } from './catalog';
import type { Answer, Answers, Maturity } from './answers';
import { defaultTargetLevel, stage1MinimumLevel } from '../data/answer-scale';

/** What scoring makes of one item's answer. 'na' only ever appears for a control. */
export type ItemLevel = Maturity | 'na' | 'dont-know' | 'unanswered';
export type BlockingLevel = Exclude<ItemLevel, 'na' | 3 | 4>;

/** An answer as scoring reads it: N/A on a mandatory clause is invalid and counts as no answer at all. */
export function effectiveLevel(item: CatalogItem, answer: Answer | undefined): ItemLevel {
  const level = answer?.level;
  if (level === 'dont-know') return level;
  if (level === 'na') return item.kind === 'control' ? level : 'unanswered';
  return level === 0 || level === 1 || level === 2 || level === 3 || level === 4 ? level : 'unanswered';
}

/** Every item's effective level, in catalog order: computed once per assessment, read by scoring and verdict. */
export function effectiveLevels(catalog: Catalog, answers: Answers): ItemLevel[] {
  return catalog.items.map((item) => effectiveLevel(item, answers[item.id]));
}

/**
 * Worst first. A 0 is a confirmed absence. "Don't know" comes next: someone looked and could not point to it,
 * which usually means it is missing. Then unanswered: nothing is known either way, but the auditor will not
 * see it either. A 1 or 2 exists in some form and is the nearest to closing.
 */
export const blockerSeverity: readonly BlockingLevel[] = [0, 'dont-know', 'unanswered', 1, 2];

export interface Stage1Finding {
  documentId: string;
  itemId: ItemId;
  level: BlockingLevel;
  /** The mandatory document's title. */
  title: string;
  why: string;
}

export interface Stage2Finding {
  itemId: ItemId;
  level: BlockingLevel;
  title: string;
  weight: CatalogItem['weight'];
  reason: string;
}

export interface RevealedGap {
  gapId: string;
  title: string;
  items: ItemId[];
}

export type Verdict = 'stage2-ready' | 'stage1-ready' | 'not-ready';

export interface AuditView {
  verdict: Verdict;
  stage1Blockers: ItemId[];
  stage1Findings: Stage1Finding[];
  stage2Blockers: ItemId[];
  stage2Findings: Stage2Finding[];
  commonGaps: RevealedGap[];
}

/** Items as positions in catalog.items, so levels are read from the effectiveLevels array. */
interface VerdictIndex {
  /** Stage 2's order among equally bad items: weight descending, clauses before controls, catalog order. */
  stage2Order: number[];
  documents: Array<{ id: string; title: string; why: string; item: number }>;
  gaps: Array<{ id: string; title: string; items: number[] }>;
}

const indexes = new WeakMap<Catalog, VerdictIndex>();

function indexOf(catalog: Catalog): VerdictIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const { items } = catalog;
  const position = new Map(items.map((item, at) => [item.id, at]));
  const at = (id: ItemId) => position.get(id)!;
  const kindRank = (item: CatalogItem) => (item.kind === 'clause' ? 0 : 1);
  index = {
    stage2Order: items
      .map((_, at) => at)
      .sort((a, b) => items[b]!.weight - items[a]!.weight || kindRank(items[a]!) - kindRank(items[b]!) || a - b),
    documents: catalog.mandatoryDocuments.map((doc) => ({ id: doc.id, title: doc.title, why: doc.why, item: at(doc.item) })),
    gaps: catalog.commonGaps.map((gap) => ({ id: gap.id, title: gap.title, items: gap.items.map(at) })),
  };
  indexes.set(catalog, index);
  return index;
}

function isBlocking(level: ItemLevel, minimum: number): level is BlockingLevel {
  return level !== 'na' && (typeof level !== 'number' || level < minimum);
}

/** Buckets by severity and concatenates: a stable, linear "sort" that keeps each bucket's given order. */
function worstFirst<T extends { level: BlockingLevel }>(findings: T[]): T[] {
  const buckets = blockerSeverity.map(() => [] as T[]);
  for (const finding of findings) buckets[blockerSeverity.indexOf(finding.level)]!.push(finding);
  return buckets.flat();
}

function stage2Reason(item: CatalogItem, level: BlockingLevel): string {
  const clause = item.kind === 'clause';
  if (level === 'unanswered') {
    return clause
      ? 'No answer yet, and this requirement is mandatory: the auditor will ask for evidence.'
      : 'No answer yet for an applicable control: the auditor will ask for evidence.';
  }
  if (level === 'dont-know') return 'Nobody could say yet: find out before the auditor asks for evidence.';
  return clause
    ? 'Mandatory requirement: a gap here is a major nonconformity at Stage 2.'
    : 'Applicable control in the Statement of Applicability without operating evidence: expect a nonconformity.';
}

function uniqueIds(findings: Array<{ itemId: ItemId }>): ItemId[] {
  return [...new Set(findings.map((finding) => finding.itemId))];
}

/** The levels an item must reach: its mandatory documents for Stage 1, the item itself for Stage 2. */
export interface AuditTargets {
  stage1: number;
  stage2: number;
}

const defaultTargets: AuditTargets = { stage1: stage1MinimumLevel, stage2: defaultTargetLevel };

/** `levels` comes from effectiveLevels(catalog, answers). */
export function auditView(catalog: Catalog, levels: readonly ItemLevel[], targets = defaultTargets): AuditView {
  const { items } = catalog;
  const index = indexOf(catalog);

  const stage1: Stage1Finding[] = [];
  for (const doc of index.documents) {
    const level = levels[doc.item]!;
    if (!isBlocking(level, targets.stage1)) continue;
    stage1.push({ documentId: doc.id, itemId: items[doc.item]!.id, level, title: doc.title, why: doc.why });
  }

  const stage2: Stage2Finding[] = [];
  for (const at of index.stage2Order) {
    const level = levels[at]!;
    if (!isBlocking(level, targets.stage2)) continue;
    const item = items[at]!;
    stage2.push({ itemId: item.id, level, title: item.title, weight: item.weight, reason: stage2Reason(item, level) });
  }

  // Only a given level reveals a gap: an unanswered item is not evidence of anything.
  const commonGaps: RevealedGap[] = [];
  for (const gap of index.gaps) {
    const revealing = gap.items.filter((at) => {
      const level = levels[at]!;
      return typeof level === 'number' && level < targets.stage2;
    });
    if (revealing.length > 0) commonGaps.push({ gapId: gap.id, title: gap.title, items: revealing.map((at) => items[at]!.id) });
  }

  const stage1Findings = worstFirst(stage1);
  const stage2Findings = worstFirst(stage2);
  const verdict: Verdict =
    stage1Findings.length > 0 ? 'not-ready' : stage2Findings.length > 0 ? 'stage1-ready' : 'stage2-ready';
  return {
    verdict,
    stage1Blockers: uniqueIds(stage1Findings),
    stage1Findings,
    stage2Blockers: uniqueIds(stage2Findings),
    stage2Findings,
    commonGaps,
  };
}
