/**
 * Bump whenever any file in data/catalog or data/questions changes: installed copies reload the catalog into
 * IndexedDB when the version differs, and never touch answers when they do. Kept in its own file so pages
 * can compare versions without bundling the catalog itself.
 */
export const catalogVersion = '2022.1.1';
