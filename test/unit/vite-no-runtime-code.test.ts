/**
 * The build-time rewrites of scripts/vite-no-runtime-code.ts, on the Preact and Zod files installed in
 * node_modules: each patched file writes no innerHTML and never names `Function`, the patched modules still work
 * (and refuse the removed feature with a clear error), and a file whose code has changed fails the transform.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noRuntimeCode, patchModule, targets } from '../../scripts/vite-no-runtime-code';

const require = createRequire(import.meta.url);
const preactFile = require.resolve('preact');
const zodRoot = dirname(require.resolve('zod/package.json'));
/** As Vite names them: absolute paths inside node_modules. */
const zodFile = (file: string) => join(zodRoot, file);
const read = (file: string) => readFileSync(file, 'utf8');

/** Code without comments (Zod's comments mention `new Function`), for the "never names Function" checks. */
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

// Inside the project: Vitest imports no module from outside its root (a copy under the OS temp folder is not found).
mkdirSync('node_modules/.cache', { recursive: true });
const work = mkdtempSync(join(process.cwd(), 'node_modules/.cache/no-runtime-code-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the rewrites, on the installed Preact and Zod', () => {
  it('every target is a file that is installed, and Preact resolves to the one we rewrite', () => {
    for (const target of targets) expect(existsSync(join(dirname(zodRoot), target.file)), target.file).toBe(true);
    expect(preactFile.replace(/\\/g, '/')).toMatch(/\/node_modules\/preact\/dist\/preact\.mjs$/);
    expect(targets.map((target) => target.file).sort()).toEqual(
      ['preact/dist/preact.mjs', 'zod/v4/core/compile.js', 'zod/v4/core/doc.js', 'zod/v4/core/util.js'].sort(),
    );
  });

  it("Preact: the dangerouslySetInnerHTML branch throws instead of writing innerHTML, and nothing else changes", () => {
    const original = read(preactFile);
    expect(original).toMatch(/\.innerHTML=/);
    const patched = patchModule(preactFile, original)!;
    expect(patched).not.toMatch(/innerHTML/);
    expect(patched).toContain('dangerouslySetInnerHTML is not available in this extension');
    // Only the branch was replaced: the text before it is untouched.
    const start = original.indexOf('innerHTML') - 60;
    expect(patched.slice(0, start)).toBe(original.slice(0, start));
  });

  it.each(['v4/core/util.js', 'v4/core/doc.js', 'v4/core/compile.js'])('Zod %s: no longer names Function', (file) => {
    const original = read(zodFile(file));
    expect(withoutComments(original)).toMatch(/\bFunction\b/);
    const patched = patchModule(zodFile(file), original)!;
    expect(withoutComments(patched)).not.toMatch(/\bFunction\b/);
    expect(patched).toContain('scripts/vite-no-runtime-code.ts');
  });

  it('leaves every other module alone, and finds targets under any install layout', () => {
    expect(patchModule(require.resolve('preact/hooks'), read(require.resolve('preact/hooks')))).toBeUndefined();
    expect(patchModule(zodFile('v4/core/schemas.js'), 'const x = 1;')).toBeUndefined();
    expect(patchModule('/app/lib/zod.ts', 'new Function("")')).toBeUndefined();
    const util = read(zodFile('v4/core/util.js'));
    for (const id of [
      'C:\\app\\node_modules\\zod\\v4\\core\\util.js',
      '/app/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/util.js?v=1a2b',
    ]) {
      expect(patchModule(id, util)).not.toMatch(/= Function;/);
    }
  });

  it('fails when the expected code is missing or appears twice (a new version of the dependency)', () => {
    expect(() => patchModule(preactFile, 'export function render(){}')).toThrow(
      /preact\/dist\/preact\.mjs: expected Preact's dangerouslySetInnerHTML branch .* exactly once, found it 0 times.*update the pattern/,
    );
    const util = read(zodFile('v4/core/util.js'));
    expect(() => patchModule(zodFile('v4/core/util.js'), util.replace('new F("")', 'new F("0")'))).toThrow(/found it 0 times/);
    expect(() => patchModule(zodFile('v4/core/util.js'), util + util)).toThrow(/found it 2 times/);
    const compile = read(zodFile('v4/core/compile.js'));
    const withoutCatch = compile.replace(/(fn = factory\(\.\.\.constantValues\);\s*\}\s*)catch \(err\)/, '$1catch');
    expect(withoutCatch).not.toBe(compile);
    expect(() => patchModule(zodFile('v4/core/compile.js'), withoutCatch)).toThrow(
      /`new F\(\.\.\.\)` call and its catch .* found it 0 times/,
    );
  });

  it('the Vite plugin runs first, only in builds, and turns a failed rewrite into a build error', () => {
    const plugin = noRuntimeCode();
    expect(plugin).toMatchObject({ name: 'no-runtime-code', enforce: 'pre', apply: 'build' });
    const hook = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null;
    const context = {
      error: (message: string) => {
        throw new Error(`build error: ${message}`);
      },
    };
    expect(hook.call(context, read(preactFile), preactFile)?.code).not.toMatch(/innerHTML/);
    expect(hook.call(context, 'export {}', '/app/lib/zod.ts')).toBeNull();
    expect(() => hook.call(context, 'export {}', preactFile)).toThrow(/^build error: \[no-runtime-code\] preact/);
  });
});

describe('the patched modules at run time', () => {
  it('patched Preact renders elements, and refuses dangerouslySetInnerHTML with a clear error', async () => {
    const file = join(work, 'preact-patched.mjs');
    writeFileSync(file, patchModule(preactFile, read(preactFile))!);
    const preact = (await import(/* @vite-ignore */ file)) as typeof import('preact');
    const ok = document.createElement('div');
    preact.render(preact.h('p', { class: 'x' }, 'Hello'), ok);
    expect(ok.innerHTML).toBe('<p class="x">Hello</p>');
    const refused = document.createElement('div');
    expect(() => preact.render(preact.h('div', { dangerouslySetInnerHTML: { __html: '<b>markup</b>' } }), refused)).toThrow(
      /dangerouslySetInnerHTML is not available in this extension/,
    );
    expect(refused.querySelector('b')).toBeNull();
  });

  /** A copy of the installed Zod (ESM files only), with or without the rewrites. */
  async function zodCopy(name: string, patch: boolean): Promise<typeof import('zod')> {
    const root = join(work, name);
    cpSync(zodRoot, root, { recursive: true, filter: (source) => !/\.(?:cjs|d\.c?ts)$|\/src(?:\/|$)/.test(source.replace(/\\/g, '/')) });
    if (patch) {
      for (const file of ['v4/core/util.js', 'v4/core/doc.js', 'v4/core/compile.js']) {
        writeFileSync(join(root, file), patchModule(zodFile(file), read(zodFile(file)))!);
      }
    }
    return (await import(/* @vite-ignore */ join(root, 'index.js'))) as typeof import('zod');
  }

  /** Runs `body` with the global Function constructor replaced by one that counts its uses (and then works). */
  function countingFunctionConstructor(body: () => void): number {
    const original = globalThis.Function;
    let uses = 0;
    globalThis.Function = new Proxy(original, {
      apply: (target, self, args) => (uses++, Reflect.apply(target, self, args)),
      construct: (target, args) => (uses++, Reflect.construct(target, args)),
    });
    try {
      body();
    } finally {
      globalThis.Function = original;
    }
    return uses;
  }

  const parseSome = (z: typeof import('zod')) => {
    // Not jitless: this copy of Zod has its own config, so without the rewrites it would generate code here.
    const schema = z.object({ id: z.string().min(1), score: z.number().int().min(0).max(5), tags: z.array(z.string()) });
    expect(schema.parse({ id: 'A.5.1', score: 3, tags: ['x'] })).toEqual({ id: 'A.5.1', score: 3, tags: ['x'] });
    expect(schema.safeParse({ id: '', score: 9, tags: [1] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'id',
      'score',
      'tags.0',
    ]);
  };

  it('the control case: unpatched Zod, without jitless, uses the Function constructor to validate', async () => {
    const z = await zodCopy('zod-original', false);
    expect(countingFunctionConstructor(() => parseSome(z))).toBeGreaterThan(0);
  });

  it('patched Zod validates without the Function constructor, and z.compile refuses with its own error', async () => {
    const z = await zodCopy('zod-patched', true);
    expect(countingFunctionConstructor(() => parseSome(z))).toBe(0);
    const schema = z.object({ id: z.string() });
    let refusal: unknown;
    const uses = countingFunctionConstructor(() => {
      try {
        z.compile(schema, { strict: true });
      } catch (error) {
        refusal = error;
      }
    });
    expect(uses).toBe(0);
    expect(refusal).toBeInstanceOf(z.ZodCompileUnsupportedError);
    expect((refusal as Error).message).toMatch(/code generated at run time/);
    // Without `strict`, z.compile hands the schema back on the runtime parser, which still validates.
    expect(z.compile(schema).parse({ id: 'x' })).toEqual({ id: 'x' });
  });
});
