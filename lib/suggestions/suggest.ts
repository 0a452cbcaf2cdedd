/**
 * Suggested answers (issue 15): for every catalog item nobody has answered yet, at any depth, that a held
 * source's crosswalk relates to, a level with its provenance. A suggestion is never an answer: it lives beside
 * the stored answers, scoring never sees it, and it turns into an answer only when someone confirms it
 * (confirm.ts). An item already answered, even through the quick scan, gets none: what the organization said
 * beats what a related framework hints.
 */
import type { Maturity } from '../answers';
import type { Catalog, GroupId, ItemId } from '../catalog';
import { crosswalkById, sourcesOf } from '../crosswalks';
import type { Intake } from '../intake';
import type { ResolvedAnswers } from '../questionnaire';
import { sourcesIn, type SuggestionSourceId } from './sources';

export interface Suggestion {
  itemId: ItemId;
  group: GroupId;
  level: Maturity;
  source: SuggestionSourceId;
  /** "Suggested from your SOC 2 Type II (CC6.1, CC6.2)". */
  provenance: string;
  /** The other framework's ids that relate to the item, in the crosswalk's order. */
  relatedIds: string[];
}

/** At most this many related ids are named in a provenance; the rest are counted. */
const namedIds = 4;

function provenanceOf(name: string, ids: readonly string[]): string {
  const named = ids.slice(0, namedIds).join(', ');
  const more = ids.length > namedIds ? ` and ${ids.length - namedIds} more` : '';
  return `Suggested from your ${name} (${named}${more})`;
}

/** Suggestions for the unanswered items, in catalog order. */
export function suggestionsFor(catalog: Catalog, intake: Intake | undefined, resolved: ResolvedAnswers): Suggestion[] {
  const sources = sourcesIn(intake);
  if (sources.length === 0) return [];
  const suggestions: Suggestion[] = [];
  for (const item of catalog.items) {
    if (resolved[item.id]) continue;
    for (const source of sources) {
      const rows = sourcesOf(crosswalkById(source.crosswalkId), item.id);
      if (rows.length === 0) continue;
      const relatedIds = rows.map((row) => row.source);
      suggestions.push({
        itemId: item.id,
        group: item.group,
        level: source.level,
        source: source.id,
        provenance: provenanceOf(source.name, relatedIds),
        relatedIds,
      });
      break;
    }
  }
  return suggestions;
}

/** How many suggestions wait, per group, in the order groups first appear. */
export function waitingByGroup(suggestions: readonly Suggestion[]): Map<GroupId, Suggestion[]> {
  const groups = new Map<GroupId, Suggestion[]>();
  for (const suggestion of suggestions) {
    const list = groups.get(suggestion.group);
    if (list) list.push(suggestion);
    else groups.set(suggestion.group, [suggestion]);
  }
  return groups;
}
