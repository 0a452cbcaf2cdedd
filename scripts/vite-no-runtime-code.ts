/**
 * No markup and no code made from strings at run time, in any bundle (Mozilla's add-on linter: UNSAFE_VAR_ASSIGNMENT
 * and DANGEROUS_EVAL). Our own code never does either; two dependencies carry the capability:
 *
 * - Preact writes `dangerouslySetInnerHTML` with `dom.innerHTML = …`. We never use that prop, so the build replaces
 *   the branch with a thrown Error: a future use fails loudly instead of writing markup.
 * - Zod builds validators with the `Function` constructor (the `allowsEval` probe, `Doc.compile` for the object
 *   fast path, and the `z.compile` JIT). lib/zod.ts already sets `jitless`, so these paths never run; the build
 *   removes them anyway: `allowsEval` is always false and both compilers throw without referencing `Function`.
 *
 * Each rewrite must match its dependency's published text exactly once, or the build fails, so that an upgrade
 * of Preact or Zod cannot silently skip a patch: read the new version's code and update the pattern here.
 * test/build/no-runtime-code.test.ts scans the built bundles; test/unit/vite-no-runtime-code.test.ts tests the rewrites.
 *
 * Vite builds only (`apply: 'build'`): pages served by `wxt dev` use Vite's pre-bundled dependencies, which this
 * plugin does not see, and Vitest does not load wxt.config's plugins; neither is what ships or what the linter reads.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** What is being removed, for the error message. */
  what: string;
  find: RegExp;
  /** Called as String.prototype.replace calls a replacer: the match, then its groups. */
  replace: (match: string, ...groups: string[]) => string;
}

interface Target {
  /** The file's path inside node_modules, with forward slashes. */
  file: string;
  rewrites: Rewrite[];
}

const pluginName = 'no-runtime-code';
const origin = 'scripts/vite-no-runtime-code.ts';

/** An expression (Preact's code is a chain of comma expressions) that throws. */
const throwing = (message: string) => `(()=>{throw new Error(${JSON.stringify(message)})})()`;

// What a use of a removed feature says at run time. None of them quotes code the bundle scan looks for.
const noMarkup =
  `dangerouslySetInnerHTML is not available in this extension: its build removes Preact's markup writes (${origin}). ` +
  'Render elements instead of markup.';
const noFastPath =
  `Zod's generated fast path is not available in this extension: its build removes code made from strings (${origin}). ` +
  'Keep z.config({ jitless: true }).';
const noCompile = `code generated at run time (this extension's build removes code made from strings: ${origin})`;
const patchedNote = `// Patched by ${origin}: this extension never evaluates code made at run time.`;

export const targets: Target[] = [
  {
    file: 'preact/dist/preact.mjs',
    rewrites: [
      {
        // Minified form of src/diff/index.js, diffElementNodes:
        //   if (newHtml) { if (!isHydrating && (!oldHtml || (newHtml.__html != oldHtml.__html &&
        //   newHtml.__html != dom.innerHTML))) dom.innerHTML = newHtml.__html; newVNode._children = []; }
        // Any truthy dangerouslySetInnerHTML now throws, even when Preact would have skipped the write.
        what: "Preact's dangerouslySetInnerHTML branch (dom.innerHTML = newHtml.__html)",
        find: /([\w$]+)\?\(([\w$]+)\|\|([\w$]+)&&\(\1\.__html==\3\.__html\|\|\1\.__html==([\w$]+)\.innerHTML\)\|\|\(\4\.innerHTML=\1\.__html\),/g,
        replace: (_match, newHtml) => `${newHtml}?(${throwing(noMarkup)},`,
      },
    ],
  },
  {
    file: 'zod/v4/core/util.js',
    rewrites: [
      {
        what: 'the `new Function("")` probe in `allowsEval`',
        find: /try\s*\{\s*const ([\w$]+) = Function;\s*new \1\(""\);\s*return true;\s*\}\s*catch\s*\([\w$]*\)\s*\{\s*return false;\s*\}/g,
        replace: () => `${patchedNote}\n        return false;`,
      },
    ],
  },
  {
    file: 'zod/v4/core/doc.js',
    rewrites: [
      {
        what: '`Doc.compile` (new Function over the generated object fast path)',
        find: /compile\(\) \{\s*const ([\w$]+) = Function;[\s\S]*?new \1\([\s\S]*?\);\s*return [\w$]+\(\.\.\.Object\.values\(this\.closed\)\);\s*\}/g,
        replace: () => `compile() {\n        throw new Error(${JSON.stringify(noFastPath)});\n    }`,
      },
    ],
  },
  {
    file: 'zod/v4/core/compile.js',
    rewrites: [
      {
        what: 'the `const F = Function` alias in the z.compile JIT',
        find: /const ([\w$]+) = Function;\n?/g,
        replace: () => '',
      },
      {
        what: 'the `new F(...)` call and its catch in the z.compile JIT',
        find: /try \{\s*const ([\w$]+) = new [\w$]+\([^()]*\);\s*[\w$]+ = \1\([^()]*\);\s*\}\s*catch \([\w$]+\) \{[^{}]*?throw new ZodCompileUnsupportedError\(`[^`]*`\);\s*\}/g,
        replace: () => `${patchedNote}\n    throw new ZodCompileUnsupportedError(${JSON.stringify(noCompile)}, false);`,
      },
    ],
  },
];

/** A module id as a path with forward slashes and no query (`?v=…`). */
function pathOf(id: string): string {
  return id.replace(/[?#].*$/, '').replace(/\\/g, '/');
}

/** The target for a module id, if the id is one of the dependency files we rewrite (also under pnpm's .pnpm/). */
export function targetFor(id: string): Target | undefined {
  const path = pathOf(id);
  return targets.find((target) => path.endsWith(`/node_modules/${target.file}`));
}

/**
 * The transform: the module's code with every rewrite for its file applied, or `undefined` when the id is not a
 * target. Throws when a rewrite does not match exactly once.
 */
export function patchModule(id: string, code: string): string | undefined {
  const target = targetFor(id);
  if (!target) return undefined;
  let patched = code;
  for (const rewrite of target.rewrites) {
    const count = patched.match(rewrite.find)?.length ?? 0;
    if (count !== 1) {
      throw new Error(
        `[${pluginName}] ${target.file}: expected ${rewrite.what} exactly once, found it ${count} times. ` +
          `The dependency has changed: read its new code and update the pattern in ${origin}.`,
      );
    }
    patched = patched.replace(rewrite.find, rewrite.replace);
  }
  return patched;
}

/** The package a module belongs to (`preact`, `zod`), for the targets' packages only. */
function packageOf(id: string): string | undefined {
  const path = pathOf(id);
  return targets
    .map((target) => target.file.split('/')[0]!)
    .find((name) => path.includes(`/node_modules/${name}/`));
}

export function noRuntimeCode(): Plugin {
  // Per build (WXT runs several): which target packages were loaded, and which target files were rewritten.
  let packagesSeen = new Set<string>();
  let filesPatched = new Set<string>();
  return {
    name: pluginName,
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      packagesSeen = new Set();
      filesPatched = new Set();
    },
    transform(code, id) {
      const name = packageOf(id);
      if (!name) return null;
      packagesSeen.add(name);
      let patched: string | undefined;
      try {
        patched = patchModule(id, code);
      } catch (error) {
        this.error((error as Error).message);
      }
      if (patched === undefined) return null;
      filesPatched.add(targetFor(id)!.file);
      // The rewrites keep the surrounding text; no source map is produced for these minified or generated files.
      return { code: patched, map: null };
    },
    buildEnd(error) {
      if (error) return;
      // A package was bundled but its target file never came through: it moved (e.g. a new dist file name).
      const missed = targets.filter((target) => packagesSeen.has(target.file.split('/')[0]!) && !filesPatched.has(target.file));
      if (missed.length > 0) {
        this.error(
          `[${pluginName}] bundled ${missed.map((target) => target.file.split('/')[0]).join(', ')} without loading ` +
            `${missed.map((target) => target.file).join(', ')}: the package layout has changed; update ${origin}.`,
        );
      }
    },
  };
}
