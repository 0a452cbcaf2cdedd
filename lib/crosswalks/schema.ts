/**
 * The Zod border for crosswalk files: each file must name its source and coverage, list the other framework's
 * own ids, and give every row a known source id, a well-formed catalog item id and a relationship kind, with no
 * row twice. Whether each target exists in the catalog is checked apart (`problemsAgainstCatalog`), so this
 * schema needs no catalog.
 */
import { clauseItemPattern, controlItemPattern, type ItemId } from '../item-ids';
import { z } from '../zod';

export const relationshipKinds = ['equivalent', 'subset', 'superset', 'related'] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

/** Kinds under which the other framework's item contains everything the catalog item asks for. */
const fullKinds: ReadonlySet<RelationshipKind> = new Set(['equivalent', 'superset']);

export function coversInFull(kind: RelationshipKind): boolean {
  return fullKinds.has(kind);
}

const ItemIdSchema = z.string().refine((id) => clauseItemPattern.test(id) || controlItemPattern.test(id), {
  message: 'not a catalog item id ("6.1.2" or "A.8.34")',
});
const KindSchema = z.enum(relationshipKinds);

const RowSchema = z
  .tuple([z.string().min(1), ItemIdSchema, KindSchema, z.string().trim().min(1).optional()])
  .transform(([source, target, kind, via]) => ({ source, target, kind, ...(via ? { via } : {}) }));

export const CrosswalkSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().trim().min(2),
    edition: z.string().trim().min(4),
    source: z.string().trim().min(20, 'name the publication the rows come from'),
    coverage: z.string().trim().min(20, 'say what the rows cover and what they leave out'),
    sourceIds: z.array(z.string().min(1)).min(1),
    sourceTitles: z.record(z.string(), z.string().trim().min(3)).optional(),
    rows: z.array(RowSchema).min(1),
  })
  .superRefine((crosswalk, ctx) => {
    const known = new Set<string>();
    for (const id of crosswalk.sourceIds) {
      if (known.has(id)) ctx.addIssue({ code: 'custom', message: `${crosswalk.id}: source id ${id} listed twice` });
      known.add(id);
    }
    for (const id of Object.keys(crosswalk.sourceTitles ?? {})) {
      if (!known.has(id)) ctx.addIssue({ code: 'custom', message: `${crosswalk.id}: title for unknown source id ${id}` });
    }
    const seen = new Set<string>();
    for (const row of crosswalk.rows) {
      if (!known.has(row.source)) ctx.addIssue({ code: 'custom', message: `${crosswalk.id}: row names unknown source id ${row.source}` });
      const key = `${row.source} → ${row.target}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `${crosswalk.id}: row ${key} appears twice` });
      seen.add(key);
    }
  });

export type Crosswalk = z.infer<typeof CrosswalkSchema>;
export type CrosswalkRow = Crosswalk['rows'][number];

/** Rows whose target is not an item of the given catalog, one sentence each. */
export function problemsAgainstCatalog(crosswalk: Crosswalk, catalogItemIds: ReadonlySet<ItemId>): string[] {
  return crosswalk.rows
    .filter((row) => !catalogItemIds.has(row.target))
    .map((row) => `${crosswalk.id}: row ${row.source} → ${row.target} names an item the catalog does not have`);
}
