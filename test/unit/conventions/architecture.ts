/**
 * The rules that keep the house standing (DESIGN §3), as a pure check over source texts, so a test can feed it
 * the real tree and a scratch tree with a deliberate wrong import alike.
 *
 * - Layers import one way: entrypoints → components → lib/state → lib/db → lib → data. Skipping a layer
 *   downwards is fine; importing upwards is not.
 * - Pure lib/ (outside lib/db and lib/state) and data/ import no Preact, Dexie, WXT or browser API, and name no
 *   browser global (`browser`, `chrome`, `window`, `document`).
 * - Components read storage through lib/state: from lib/db they take types only, and they never import Dexie.
 * - A lib/ family folder has one front door: code outside it imports the folder, never a file inside it.
 * - Every source file of components/ and lib/ is reachable from some entrypoint: no orphaned feature.
 */
import path from 'node:path';
import ts from 'typescript';

export type SourceTree = ReadonlyMap<string, string>;

interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}

const layers = ['data', 'lib', 'lib/db', 'lib/state', 'components', 'entrypoints'] as const;
type Layer = (typeof layers)[number];

export function layerOf(file: string): Layer | undefined {
  if (file.startsWith('lib/db/')) return 'lib/db';
  if (file.startsWith('lib/state/')) return 'lib/state';
  for (const layer of ['data', 'lib', 'components', 'entrypoints'] as const) if (file.startsWith(`${layer}/`)) return layer;
  return undefined;
}

const rank = (layer: Layer) => layers.indexOf(layer);

/** Families with a front door: lib/<family>/index.ts. */
export const familyFolders = ['lib/crosswalks', 'lib/estimate', 'lib/intake', 'lib/kiosk', 'lib/roadmap', 'lib/suggestions', 'lib/transition', 'lib/workbook'];

const forbiddenInPureCode = /^(preact|@preact\/|dexie|wxt|webextension-polyfill)/;
const browserGlobals = new Set(['browser', 'chrome', 'window', 'document']);

function importsOf(file: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: ImportRef[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly, line: lineOf(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, line: lineOf(node) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false, line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Identifiers used as values that name a browser global (not property names, not declarations of our own). */
function browserGlobalsUsed(file: string, text: string): Array<{ name: string; line: number }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const used: Array<{ name: string; line: number }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && browserGlobals.has(node.text)) {
      const parent = node.parent;
      const isPropertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ((ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isParameter(parent)) && parent.name === node) ||
        ts.isBindingElement(parent) ||
        ts.isVariableDeclaration(parent);
      const inType = ts.isTypeReferenceNode(parent) || ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent);
      if (!isPropertyName && !inType) used.push({ name: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return used;
}

/** A relative specifier as a file of the tree ("lib/estimate" → "lib/estimate/index.ts"), or undefined. */
export function resolveIn(tree: SourceTree, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (tree.has(candidate)) return candidate;
  }
  return undefined;
}

function familyOf(file: string): string | undefined {
  return familyFolders.find((folder) => file.startsWith(`${folder}/`));
}

/** Every broken rule, one plain sentence each naming the file, its line and the import. */
export function checkArchitecture(tree: SourceTree): string[] {
  const problems: string[] = [];
  const edges = new Map<string, string[]>();

  for (const [file, text] of tree) {
    const layer = layerOf(file);
    if (!layer || !/\.tsx?$/.test(file)) continue;
    const targets: string[] = [];
    edges.set(file, targets);
    const pure = layer === 'lib' || layer === 'data';

    for (const ref of importsOf(file, text)) {
      const where = `${file}:${ref.line} imports '${ref.specifier}'`;
      if (!ref.specifier.startsWith('.')) {
        if (pure && forbiddenInPureCode.test(ref.specifier)) {
          problems.push(`${where}: pure domain code (${layer}/) must not depend on Preact, Dexie, WXT or the browser API.`);
        }
        if (layer === 'components' && /^dexie/.test(ref.specifier)) {
          problems.push(`${where}: components reach IndexedDB only through lib/state.`);
        }
        continue;
      }
      const target = resolveIn(tree, file, ref.specifier);
      if (!target) continue; // CSS, JSON and other assets
      targets.push(target);
      const targetLayer = layerOf(target);
      if (!targetLayer) {
        problems.push(`${where}: product code must not import from outside entrypoints/, components/, lib/ and data/.`);
        continue;
      }
      if (rank(targetLayer) > rank(layer)) {
        problems.push(`${where}: ${layer}/ must not import from ${targetLayer}/ (imports go entrypoints → components → lib/state → lib/db → lib → data).`);
      }
      if (layer === 'components' && targetLayer === 'lib/db' && !ref.typeOnly) {
        problems.push(`${where}: components take only types from lib/db; read and write through lib/state.`);
      }
      const family = familyOf(target);
      if (family && familyOf(file) !== family && target !== `${family}/index.ts`) {
        problems.push(`${where}: import the family's front door '${family}', not a file inside it.`);
      }
    }

    if (pure) {
      for (const { name, line } of browserGlobalsUsed(file, text)) {
        problems.push(`${file}:${line} uses the browser global '${name}': pure domain code gets what it needs as a parameter.`);
      }
    }
  }

  const reached = new Set<string>();
  const pending = [...edges.keys()].filter((file) => layerOf(file) === 'entrypoints');
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    pending.push(...(edges.get(file) ?? []));
  }
  for (const file of edges.keys()) {
    const layer = layerOf(file)!;
    if ((layer === 'components' || layer.startsWith('lib')) && !reached.has(file)) {
      problems.push(`${file} is not reachable from any entrypoint: wire it into a page or remove it.`);
    }
  }
  return problems;
}
