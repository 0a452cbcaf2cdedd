/**
 * No bundle writes markup through innerHTML or makes code from strings (eval, the Function constructor): the
 * rewrites in scripts/vite-no-runtime-code.ts remove the only such code, in Preact and Zod, and this scan proves it
 * on what ships, in both builds. A new dependency that brings one back fails here, naming the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/** Patterns for minified and unminified code; each is anchored so that longer names do not match. */
const forbidden: Array<[what: string, pattern: RegExp]> = [
  // `el.innerHTML=x`, `+=`; not a comparison (`==`).
  ['an innerHTML/outerHTML assignment', /\b(?:inner|outer)HTML\s*\+?=(?!=)/g],
  ['insertAdjacentHTML(', /\binsertAdjacentHTML\s*\(/g],
  ['new Function', /\bnew\s+Function\b/g],
  // `Function("…")` and `globalThis.Function(…)`; not `isAsyncFunction(`, `$ZodFunction(`.
  ['the Function constructor called', /(?<![\w$])Function\s*\(/g],
  // `let e=Function,…new e(…)` (how Vite minifies `const F = Function; new F(…)`); not `x===Function`,
  // `Function.prototype`, `typeof x=="function"`.
  ['the Function constructor taken into a variable', /(?<![=!<>])=\s*Function\b(?!\s*\.)/g],
  ['eval(', /(?<![\w$])eval\s*\(/g],
];

/** Every match, as `what: …context…`. */
export function runtimeCodeIn(code: string): string[] {
  return forbidden.flatMap(([what, pattern]) =>
    [...code.matchAll(pattern)].map((match) => `${what}: …${code.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)}…`),
  );
}

function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(dir, file));
}

it('the patterns catch the code Preact and Zod ship (as Vite minifies it), and nothing like it that is safe', () => {
  const unsafe = [
    'f?(c||m&&(f.__html==m.__html||f.__html==t.innerHTML)||(t.innerHTML=f.__html),n.__k=[])',
    'try{return Function(``),!0}catch{return!1}',
    'compile(){let e=Function,t=this?.content??[``];return new e(...Object.keys(this.closed),`return 1`)}',
    'const F = Function;',
    'new Function("a", "return a")',
    'el.outerHTML = html',
    'el.insertAdjacentHTML("beforeend", html)',
    'globalThis.Function("return this")',
    'window.eval(code)',
    'eval (code)',
  ];
  for (const code of unsafe) expect(runtimeCodeIn(code), code).not.toEqual([]);
  const safe = [
    'if(isAsyncFunction(def.fn))return',
    'typeof x=="function"&&x()',
    'x instanceof Function',
    'x.constructor===Function',
    'let s=Function.prototype.toString',
    'f.__html==t.innerHTML',
    'const $ZodFunction=$constructor("$ZodFunction",(inst,def)=>{})',
    'return new ZodFunction({type:`function`})',
    '`Function types cannot be represented in JSON Schema`',
    'page.evaluate(() => 1); retrieval(x); `Performance evaluation`',
  ];
  for (const code of safe) expect(runtimeCodeIn(code), code).toEqual([]);
});

it.each(['.output/chrome-mv3', '.output/firefox-mv2'])(
  'no script in %s writes innerHTML or makes code from strings (eval, Function)',
  (dir) => {
    const files = scriptsIn(dir);
    expect(files.length, 'run `npm run build` first').toBeGreaterThan(0);
    const findings = files.flatMap((file) =>
      runtimeCodeIn(readFileSync(file, 'utf8')).map((finding) => `${relative(dir, file)}: ${finding}`),
    );
    expect(findings, findings.join('\n')).toEqual([]);
  },
);
