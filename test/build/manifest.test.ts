import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const manifest = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));

it('Chrome asks for no permission beyond the side panel, and no host access', () => {
  const actual = manifest('chrome-mv3');
  expect(actual.permissions ?? []).toEqual(['sidePanel']);
  expect(actual.host_permissions ?? []).toEqual([]);
  expect(actual.side_panel.default_path).toBe('sidepanel.html');
});

it('Firefox asks for no permission and carries its add-on id and sidebar', () => {
  const actual = manifest('firefox-mv2');
  expect(actual.permissions ?? []).toEqual([]);
  expect(actual.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(actual.sidebar_action.default_panel).toBe('sidepanel.html');
});

/** The policy's directives as a map: "connect-src 'self'" → { 'connect-src': ["'self'"] }. */
function directives(policy: unknown): Map<string, string[]> {
  expect(typeof policy).toBe('string');
  return new Map(
    (policy as string)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

it.each([
  ['chrome-mv3', (manifest: { content_security_policy?: { extension_pages?: string } }) => manifest.content_security_policy?.extension_pages],
  ['firefox-mv2', (manifest: { content_security_policy?: string }) => manifest.content_security_policy],
])('%s declares a content security policy that lets its pages connect to nothing but the extension', (target, policyOf) => {
  const policy = directives(policyOf(manifest(target)));
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  // Whatever else is allowed may name the extension and in-page data, never another origin.
  for (const [name, sources] of policy) {
    for (const source of sources) expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${source}`).toContain(source);
    if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
  }
});
