/**
 * Shapes of the hand-written catalog data. These types only help whoever edits the data files;
 * lib/catalog.ts validates everything again with Zod before the product uses it.
 */

/** Effort to close a gap on one item: S ≈ 1–3 person-days, M ≈ 4–10, L ≈ 11–25 (see `effortDays` in data/answer-scale.ts). */
export type EffortSize = 'S' | 'M' | 'L';

/** 1 = supporting, 2 = important, 3 = core: auditors look here first and gaps hurt most. */
export type Weight = 1 | 2 | 3;

export interface CatalogItemData {
  /** "4.1" … "10.2" for clause requirements (leaf numbering), "A.5.1" … "A.8.34" for Annex A controls. */
  id: string;
  /** The official short title: a fact, kept exactly. */
  title: string;
  /** One plain-language question a non-expert can answer, in our own words. */
  question: string;
  /** What good looks like: what an auditor would be glad to find, in our own words. */
  help: string;
  /** Typical evidence an auditor asks for: 2–4 short noun phrases. */
  evidence: string[];
  effort: EffortSize;
  weight: Weight;
  /** Annex A only: the control is new in the 2022 edition. */
  newIn2022?: true;
}

/**
 * A *document* says how something is meant to be done (a scope, a policy, a method, a plan); a *record* shows
 * that it was done (results, minutes, logs). Stage 1 needs a document written and a record to exist, so the
 * two need different levels (`stage1MinimumLevels` in data/answer-scale.ts). A plan is a document, never a record.
 */
export type DocumentedInformationKind = 'document' | 'record';

export interface MandatoryDocumentData {
  /** Stable kebab-case id, e.g. "isms-scope". */
  id: string;
  /** Short name of the document or record. */
  title: string;
  kind: DocumentedInformationKind;
  /**
   * The catalog item whose answer decides whether the document exists: a clause requirement for the
   * mandatory list, an Annex A control for the documents Annex A asks for.
   */
  item: string;
  /** The reference as printed, e.g. "6.1.3 d" or "A.5.10". */
  reference: string;
  /** Why an auditor cares, one sentence in our own words. */
  why: string;
}

export interface CommonGapData {
  /** Stable kebab-case id, e.g. "weak-risk-assessment". */
  id: string;
  title: string;
  /** What the auditor finds, in our own words. */
  description: string;
  /** Catalog items whose answers reveal this gap. */
  items: string[];
}

export interface QuestionData {
  /** Stable id, unique across every question set, e.g. "quick.scope" or "standard.access-control". */
  id: string;
  /** The plain-language question, in our own words. */
  text: string;
  /** Help: what good looks like, in our own words. */
  help: string;
  /** Catalog item ids whose answer this question gives, unless an item has its own answer. */
  covers: string[];
  /** Where the question sits for "jump to": a clause "4" … "10" or a theme "A.5" … "A.8". */
  section: string;
}
