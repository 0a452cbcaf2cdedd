/**
 * The catalog: clause requirements 4–10, the 93 Annex A controls (each with a suggested reason to include it in
 * the Statement of Applicability), mandatory documented information (each a document or a record), the
 * documents Annex A asks for, common audit gaps, the three question sets and the quick-scan questions retired
 * by later versions. Data lives in data/; this file derives what follows from it and validates the whole with
 * Zod, so a mistake in the data fails a test instead of misleading a user.
 */
import { rawCatalog } from '../data/catalog';
import { riskTreatmentPlanId } from '../data/answer-scale';
import { inclusionReasons } from '../data/soa-inclusion-reasons';
import {
  clauseGroupIds,
  clauseItemPattern,
  controlItemPattern,
  depths,
  groupOfItem,
  isControl,
  themeGroupIds,
} from './item-ids';
import { z } from './zod';

export * from './item-ids';
const placeholder = /\b(?:todo|tbd|lorem|ipsum|placeholder|xxx)\b/i;

const ItemIdSchema = z.string().refine((id) => clauseItemPattern.test(id) || controlItemPattern.test(id), {
  message: 'not a catalog item id ("6.1.2" or "A.8.34")',
});
const GroupIdSchema = z.enum([...clauseGroupIds, ...themeGroupIds]);
const ProseSchema = z
  .string()
  .trim()
  .min(12, 'too short to help anyone')
  .refine((text) => !placeholder.test(text), { message: 'placeholder text' });

export const CatalogItemSchema = z.strictObject({
  id: ItemIdSchema,
  kind: z.enum(['clause', 'control']),
  group: GroupIdSchema,
  title: z.string().trim().min(3),
  question: ProseSchema.max(200),
  help: ProseSchema,
  evidence: z.array(z.string().trim().min(3)).min(1).max(6),
  effort: z.enum(['S', 'M', 'L']),
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  newIn2022: z.boolean(),
  /**
   * Controls only: the suggested justification for including the control in the SoA. Optional in the type
   * because a catalog stored by a version before 2022.2.0 lacks it; the bundled catalog always has it.
   */
  inclusion: z.strictObject({ reason: z.enum(inclusionReasons), text: ProseSchema.max(200) }).optional(),
});

export const QuestionSchema = z.strictObject({
  id: z.string().min(1),
  text: ProseSchema.max(200),
  help: ProseSchema,
  covers: z.array(ItemIdSchema).min(1),
  section: GroupIdSchema,
});

const GroupSchema = z.strictObject({ id: GroupIdSchema, title: z.string().min(3), kind: z.enum(['clause', 'theme']) });

const MandatoryDocumentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  kind: z.enum(['document', 'record']),
  item: ItemIdSchema,
  reference: z.string().min(1),
  why: ProseSchema,
});

const CommonGapSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  description: ProseSchema,
  items: z.array(ItemIdSchema).min(1),
});

export const CatalogSchema = z
  .strictObject({
    version: z.string().min(1),
    standard: z.string().min(1),
    groups: z.array(GroupSchema),
    items: z.array(CatalogItemSchema),
    mandatoryDocuments: z.array(MandatoryDocumentSchema),
    /** Documented information Annex A asks for: on the Stage 1 list only while its control is applicable. */
    annexADocuments: z.array(MandatoryDocumentSchema),
    commonGaps: z.array(CommonGapSchema),
    questionSets: z.strictObject({
      quick: z.array(QuestionSchema),
      standard: z.array(QuestionSchema),
      full: z.array(QuestionSchema),
    }),
    /**
     * Quick-scan questions a later version took out (data/questions/retired.ts): their answers still count.
     * Optional in the type because a catalog stored by a version before 2022.2.0 lacks it.
     */
    retiredQuestions: z.array(QuestionSchema).optional(),
  })
  .superRefine((catalog, ctx) => {
    const itemIds = new Set<string>();
    for (const item of catalog.items) {
      if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate item id ${item.id}` });
      itemIds.add(item.id);
      if (item.group !== groupOfItem(item.id)) {
        ctx.addIssue({ code: 'custom', message: `${item.id} sits in group ${item.group}` });
      }
      if ((item.kind === 'control') !== (item.inclusion !== undefined)) {
        ctx.addIssue({ code: 'custom', message: `${item.id}: every control, and no clause, suggests an SoA inclusion` });
      }
    }
    const mustExist = (id: string, where: string) => {
      if (!itemIds.has(id)) ctx.addIssue({ code: 'custom', message: `${where} names unknown item ${id}` });
    };
    for (const doc of catalog.mandatoryDocuments) {
      mustExist(doc.item, `mandatory document ${doc.id}`);
      if (isControl(doc.item)) ctx.addIssue({ code: 'custom', message: `mandatory document ${doc.id} names control ${doc.item}: clauses only` });
    }
    if (!catalog.mandatoryDocuments.some((doc) => doc.id === riskTreatmentPlanId)) {
      ctx.addIssue({ code: 'custom', message: `the mandatory documents lack ${riskTreatmentPlanId}, which findings about controls refer to` });
    }
    const documentIds = new Set(catalog.mandatoryDocuments.map((doc) => doc.id));
    for (const doc of catalog.annexADocuments) {
      mustExist(doc.item, `Annex A document ${doc.id}`);
      if (!isControl(doc.item)) ctx.addIssue({ code: 'custom', message: `Annex A document ${doc.id} names clause ${doc.item}: controls only` });
      if (documentIds.has(doc.id)) ctx.addIssue({ code: 'custom', message: `duplicate document id ${doc.id}` });
      documentIds.add(doc.id);
    }
    for (const gap of catalog.commonGaps) for (const id of gap.items) mustExist(id, `common gap ${gap.id}`);
    const questionIds = new Set<string>();
    for (const depth of depths) {
      for (const question of catalog.questionSets[depth]) {
        for (const id of question.covers) mustExist(id, `question ${question.id}`);
        // An item-level question shares its id with the item; a group question must not collide with one.
        const isItemQuestion = question.covers.length === 1 && question.covers[0] === question.id;
        if (!isItemQuestion && itemIds.has(question.id)) {
          ctx.addIssue({ code: 'custom', message: `question ${question.id} reuses an item id` });
        }
        if (!isItemQuestion && questionIds.has(question.id)) {
          ctx.addIssue({ code: 'custom', message: `duplicate question id ${question.id}` });
        }
        if (!isItemQuestion) questionIds.add(question.id);
      }
    }
    for (const question of catalog.retiredQuestions ?? []) {
      for (const id of question.covers) mustExist(id, `retired question ${question.id}`);
      if (questionIds.has(question.id) || itemIds.has(question.id)) {
        ctx.addIssue({ code: 'custom', message: `retired question ${question.id} is still in use` });
      }
    }
  });

export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogItem = z.infer<typeof CatalogItemSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type MandatoryDocument = Catalog['mandatoryDocuments'][number];
export type DocumentKind = MandatoryDocument['kind'];
export type CommonGap = Catalog['commonGaps'][number];

type RawItem = (typeof rawCatalog)['controls'][number] | (typeof rawCatalog)['clauseRequirements'][number];

function toItem(raw: RawItem, kind: 'clause' | 'control', inclusion?: CatalogItem['inclusion']): CatalogItem {
  return {
    id: raw.id,
    kind,
    group: groupOfItem(raw.id),
    title: raw.title,
    question: raw.question,
    help: raw.help,
    evidence: [...raw.evidence],
    effort: raw.effort,
    weight: raw.weight,
    newIn2022: 'newIn2022' in raw && raw.newIn2022 === true,
    ...(inclusion ? { inclusion: { ...inclusion } } : {}),
  };
}

function itemQuestion(item: CatalogItem): Question {
  return { id: item.id, text: item.question, help: item.help, covers: [item.id], section: item.group };
}

/** Derives item groups and the full and standard question sets from the raw data, unvalidated. */
export function buildCatalog(raw: typeof rawCatalog): unknown {
  const clauses = raw.clauseRequirements.map((item) => toItem(item, 'clause'));
  const controls = raw.controls.map((item) => toItem(item, 'control', raw.soaInclusion[item.id]));
  const items = [...clauses, ...controls];
  return {
    version: raw.version,
    standard: raw.standard,
    groups: [
      ...raw.clauseGroups.map((group) => ({ ...group, kind: 'clause' })),
      ...raw.themeGroups.map((group) => ({ ...group, kind: 'theme' })),
    ],
    items,
    mandatoryDocuments: raw.mandatoryDocuments.map((doc) => ({ ...doc })),
    annexADocuments: raw.annexADocuments.map((doc) => ({ ...doc })),
    commonGaps: raw.commonGaps.map((gap) => ({ ...gap, items: [...gap.items] })),
    questionSets: {
      quick: raw.quickScan.map((question) => ({ ...question, covers: [...question.covers] })),
      standard: [
        ...clauses.map(itemQuestion),
        ...raw.standardAnnexA.map((question) => ({ ...question, covers: [...question.covers] })),
      ],
      full: items.map(itemQuestion),
    },
    retiredQuestions: raw.retiredQuestions.map((question) => ({ ...question, covers: [...question.covers] })),
  };
}

let bundled: Catalog | undefined;

/** The catalog shipped with this build, validated once and then shared. */
export function loadCatalog(): Catalog {
  bundled ??= CatalogSchema.parse(buildCatalog(rawCatalog));
  return bundled;
}
