/**
 * The auditor's view of an assessment (DESIGN §6): what blocks Stage 1 and Stage 2, worst first and graded,
 * which common audit gaps the answers reveal, and how sure the verdict is. Pure, like lib/scoring.ts, which
 * calls it once per assessment.
 *
 * Stage 1 reads the documented information: each mandatory document at its kind's level (a document written,
 * a record showing the thing was done; data/answer-scale.ts), and the documents Annex A asks for while their
 * control applies. Stage 2 needs every requirement and applicable control operating with records (level 3).
 */
import type { Catalog, CatalogItem, DocumentKind, ItemId } from './catalog';
import type { Answer, Answers, Maturity } from './answers';
import type { AnswerOrigin } from './questionnaire';
import { defaultTargetLevel, riskTreatmentPlanId, stage1MinimumLevels } from '../data/answer-scale';
import { gradeOf, stage1Reason, stage2Reason, type BlockingLevel, type FindingGrade } from './findings';

export type { BlockingLevel, FindingGrade } from './findings';

/** What scoring makes of one item's answer. 'na' only ever appears for a control. */
export type ItemLevel = Maturity | 'na' | 'dont-know' | 'unanswered';

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
  /** The document's or record's title. */
  title: string;
  kind: DocumentKind;
  /** Documentation Annex A asks for (its control applies), rather than clauses 4–10. */
  annexA: boolean;
  /** The level Stage 1 needs for this kind. */
  minimum: number;
  grade: FindingGrade;
  /** Why an auditor cares about this document at all. */
  why: string;
  /** Why it blocks, at this level. */
  reason: string;
}

export interface Stage2Finding {
  itemId: ItemId;
  level: BlockingLevel;
  title: string;
  weight: CatalogItem['weight'];
  grade: FindingGrade;
  reason: string;
}

export interface RevealedGap {
  gapId: string;
  title: string;
  items: ItemId[];
}

export type Verdict = 'stage2-ready' | 'stage1-ready' | 'not-ready';

/**
 * How sure the verdict is, a separate field and never a fourth verdict: indicative while an item it rests on
 * takes its value from the quick scan (or, for a "ready" verdict, while an Annex A control with a document
 * is not answered, so whether it applies is unknown); confirmed once each is answered at item or topic level.
 */
export type Certainty = 'confirmed' | 'indicative';

export interface ItemToConfirm {
  itemId: ItemId;
  title: string;
  /** 'quick': its value comes from a quick-scan question; 'unanswered': not answered at all yet. */
  because: 'quick' | 'unanswered';
}

/** Where each item's answer came from; an item absent here counts as answered on its own. */
export type ItemOrigins = Readonly<Partial<Record<ItemId, AnswerOrigin>>>;

export interface AuditView {
  verdict: Verdict;
  certainty: Certainty;
  /** What must be answered at item or topic level before the verdict stops being indicative. */
  toConfirm: ItemToConfirm[];
  /** How many documents and records Stage 1 reads for this assessment: the mandatory ones and applicable Annex A ones. */
  stage1Checked: number;
  stage1Blockers: ItemId[];
  stage1Findings: Stage1Finding[];
  stage2Blockers: ItemId[];
  stage2Findings: Stage2Finding[];
  commonGaps: RevealedGap[];
}

interface Stage1Entry {
  id: string;
  title: string;
  why: string;
  kind: DocumentKind;
  annexA: boolean;
  minimum: number;
  /** Position of the item that decides it, in catalog.items. */
  item: number;
}

/** Items as positions in catalog.items, so levels are read from the effectiveLevels array. */
interface VerdictIndex {
  /** Stage 2's order among equally bad items: weight descending, clauses before controls, catalog order. */
  stage2Order: number[];
  /** The mandatory documents, then the Annex A ones. */
  stage1: Stage1Entry[];
  /** The items the Stage 1 list reads, each once, in catalog order. */
  stage1Items: number[];
  everyItem: number[];
  riskTreatmentPlan: Stage1Entry;
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
  const entry = (annexA: boolean) => (doc: Catalog['mandatoryDocuments'][number]): Stage1Entry => ({
    id: doc.id,
    title: doc.title,
    why: doc.why,
    kind: doc.kind,
    annexA,
    minimum: stage1MinimumLevels[doc.kind],
    item: at(doc.item),
  });
  const stage1 = [...catalog.mandatoryDocuments.map(entry(false)), ...catalog.annexADocuments.map(entry(true))];
  index = {
    stage2Order: items
      .map((_, at) => at)
      .sort((a, b) => items[b]!.weight - items[a]!.weight || kindRank(items[a]!) - kindRank(items[b]!) || a - b),
    stage1,
    stage1Items: [...new Set(stage1.map((doc) => doc.item))].sort((a, b) => a - b),
    everyItem: items.map((_, at) => at),
    riskTreatmentPlan: stage1.find((doc) => doc.id === riskTreatmentPlanId)!,
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

function uniqueIds(findings: Array<{ itemId: ItemId }>): ItemId[] {
  return [...new Set(findings.map((finding) => finding.itemId))];
}

/**
 * An Annex A document is read at Stage 1 only while its control applies. N/A takes it off the list; with no
 * answer, whether it applies is not known yet, so it does not block but keeps the verdict indicative.
 */
function onStage1List(entry: Stage1Entry, level: ItemLevel): boolean {
  return !entry.annexA || (level !== 'na' && level !== 'unanswered');
}

function stage1FindingsOf(catalog: Catalog, index: VerdictIndex, levels: readonly ItemLevel[]) {
  const findings: Stage1Finding[] = [];
  const blocking = new Set<number>();
  let checked = 0;
  for (const entry of index.stage1) {
    const level = levels[entry.item]!;
    if (!onStage1List(entry, level)) continue;
    checked += 1;
    if (!isBlocking(level, entry.minimum)) continue;
    const { id: documentId, title, why, kind, annexA, minimum } = entry;
    const reason = stage1Reason(entry, level);
    blocking.add(entry.item);
    findings.push({ documentId, itemId: catalog.items[entry.item]!.id, level, title, kind, annexA, minimum, grade: gradeOf(level), why, reason });
  }
  return { checked, findings: worstFirst(findings), blocking: [...blocking].sort((a, b) => a - b) };
}

function stage2FindingsOf(catalog: Catalog, index: VerdictIndex, levels: readonly ItemLevel[]): Stage2Finding[] {
  const planLevel = levels[index.riskTreatmentPlan.item]!;
  const planWritten = typeof planLevel === 'number' && planLevel >= index.riskTreatmentPlan.minimum;
  const findings: Stage2Finding[] = [];
  for (const at of index.stage2Order) {
    const level = levels[at]!;
    if (!isBlocking(level, defaultTargetLevel)) continue;
    const { id: itemId, title, weight } = catalog.items[at]!;
    findings.push({ itemId, level, title, weight, grade: gradeOf(level), reason: stage2Reason(catalog.items[at]!, level, planWritten) });
  }
  return worstFirst(findings);
}

/** Only a given level reveals a gap: an unanswered item is not evidence of anything. */
function revealedGaps(catalog: Catalog, index: VerdictIndex, levels: readonly ItemLevel[]): RevealedGap[] {
  const gaps: RevealedGap[] = [];
  for (const gap of index.gaps) {
    const revealing = gap.items.filter((at) => {
      const level = levels[at]!;
      return typeof level === 'number' && level < defaultTargetLevel;
    });
    if (revealing.length > 0) gaps.push({ gapId: gap.id, title: gap.title, items: revealing.map((at) => catalog.items[at]!.id) });
  }
  return gaps;
}

/**
 * The items a verdict rests on, as positions: its blockers for "not ready", the whole Stage 1 list for Stage 1,
 * every item for Stage 2. A "not ready" with one blocker given as missing needs nothing confirmed; one that rests
 * only on items nobody has answered yet is a guess until they are (see `auditView`).
 */
function restingOn(index: VerdictIndex, verdict: Verdict, blocking: readonly number[]): readonly number[] {
  if (verdict === 'stage2-ready') return index.everyItem;
  if (verdict === 'stage1-ready') return index.stage1Items;
  return blocking;
}

function itemsToConfirm(catalog: Catalog, positions: readonly number[], levels: readonly ItemLevel[], origins: ItemOrigins) {
  const toConfirm: ItemToConfirm[] = [];
  for (const at of positions) {
    const { id: itemId, title } = catalog.items[at]!;
    if (origins[itemId] === 'quick') toConfirm.push({ itemId, title, because: 'quick' });
    else if (levels[at] === 'unanswered') toConfirm.push({ itemId, title, because: 'unanswered' });
  }
  return toConfirm;
}

/** `levels` comes from effectiveLevels(catalog, answers); `origins` from the resolved answers (none: all own). */
export function auditView(catalog: Catalog, levels: readonly ItemLevel[], origins: ItemOrigins = {}): AuditView {
  const index = indexOf(catalog);
  const stage1 = stage1FindingsOf(catalog, index, levels);
  const stage2Findings = stage2FindingsOf(catalog, index, levels);
  const verdict: Verdict =
    stage1.findings.length > 0 ? 'not-ready' : stage2Findings.length > 0 ? 'stage1-ready' : 'stage2-ready';
  const known = stage1.blocking.filter((at) => levels[at] !== 'unanswered');
  const blocking = known.length > 0 ? known : stage1.blocking;
  const toConfirm = itemsToConfirm(catalog, restingOn(index, verdict, blocking), levels, origins);
  return {
    verdict,
    certainty: toConfirm.length > 0 ? 'indicative' : 'confirmed',
    toConfirm,
    stage1Checked: stage1.checked,
    stage1Blockers: uniqueIds(stage1.findings),
    stage1Findings: stage1.findings,
    stage2Blockers: uniqueIds(stage2Findings),
    stage2Findings,
    commonGaps: revealedGaps(catalog, index, levels),
  };
}
