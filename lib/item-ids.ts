/**
 * Item ids and the groups they belong to. Kept free of the catalog data and of Zod, so that any page can
 * use them without bundling either.
 */
export const clauseGroupIds = ['4', '5', '6', '7', '8', '9', '10'] as const;
export const themeGroupIds = ['A.5', 'A.6', 'A.7', 'A.8'] as const;
export type ClauseGroupId = (typeof clauseGroupIds)[number];
export type ThemeGroupId = (typeof themeGroupIds)[number];
export type GroupId = ClauseGroupId | ThemeGroupId;
export const groupIds: readonly GroupId[] = [...clauseGroupIds, ...themeGroupIds];

/** "6.1.2" or "A.8.34". */
export type ItemId = string;

export const depths = ['quick', 'standard', 'full'] as const;
export type Depth = (typeof depths)[number];

export const clauseItemPattern = /^(?:[4-9]|10)\.\d(?:\.\d)?$/;
export const controlItemPattern = /^A\.[5-8]\.\d{1,2}$/;

export function isControl(id: ItemId): boolean {
  return id.startsWith('A.');
}

/** "6.1.2" → "6", "A.8.34" → "A.8"; throws on anything that is not an item id. */
export function groupOfItem(id: ItemId): GroupId {
  const group = isControl(id) ? id.slice(0, 3) : id.split('.')[0];
  const known = groupIds.find((candidate) => candidate === group);
  if (!known) throw new Error(`Not a catalog item id: ${id}`);
  return known;
}
