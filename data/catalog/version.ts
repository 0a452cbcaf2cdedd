/**
 * Bump whenever any file in data/catalog or data/questions changes: installed copies reload the catalog into
 * IndexedDB when the version differs, and never touch answers when they do. Kept in its own file so pages
 * can compare versions without bundling the catalog itself.
 *
 * 2022.1.0: the first catalog.
 * 2022.1.1: each mandatory entry says whether it is a document or a record; the documents Annex A asks for.
 * 2022.2.0: Amendment 1 (2024) in 4.1 and 4.2 (climate change); the quick scan asks about privacy, and about a
 * second sign-in step on its own, one practice per question (three questions retired: see
 * data/questions/retired.ts); A.5.17 asks about passwords and secrets, not MFA; each control suggests why it
 * is included in the Statement of Applicability.
 */
export const catalogVersion = '2022.2.0';
