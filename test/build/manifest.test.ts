import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const manifest = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));

it('Chrome asks for no permission beyond the side panel, and no host access', () => {
  const actual = manifest('chrome-mv3');
  expect(actual.permissions ?? []).toEqual(['sidePanel']);
  expect(actual.host_permissions ?? []).toEqual([]);
  expect(actual.content_security_policy).toBeUndefined();
  expect(actual.side_panel.default_path).toBe('sidepanel.html');
});

it('Firefox asks for no permission and carries its add-on id and sidebar', () => {
  const actual = manifest('firefox-mv2');
  expect(actual.permissions ?? []).toEqual([]);
  expect(actual.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(actual.sidebar_action.default_panel).toBe('sidepanel.html');
});
