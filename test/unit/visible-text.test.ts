import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../lib/answers';
import { parseOrganization } from '../../lib/assessment-input';
import { AssessmentRecordSchema } from '../../lib/exports/assessment-schema';
import { hasVisibleText } from '../../lib/visible-text';

/** Text that looks empty on screen, in a report and in the SoA. */
const invisibleOnly = [
  '',
  '   ',
  '\u200B',
  '\u200B\u200C\u200D',
  '\u2800\u2800',
  '\u3164',
  '\uFFA0\u115F\u1160',
  '\u2060\uFEFF\u00AD',
  '\u3000\u00A0\u200B',
  '\u180E',
];
const visible = ['Acme', '\u200BAcme', 'Ünïcødé', '株式会社', '\u3164가', '-', '⠁'];

describe('hasVisibleText', () => {
  it.each(invisibleOnly)('%j shows nothing', (text) => {
    expect(hasVisibleText(text)).toBe(false);
  });
  it.each(visible)('%j shows something', (text) => {
    expect(hasVisibleText(text)).toBe(true);
  });
});

describe('invisible-only text counts as empty where a name or a reason is required', () => {
  const control = { covers: ['A.7.1' as const] };
  it.each(invisibleOnly)('organization %j is refused when typed', (text) => {
    expect(parseOrganization(text).ok).toBe(false);
  });
  it.each(invisibleOnly)('N/A justification %j is refused', (text) => {
    expect(checkAnswer(control, { level: 'na', justification: text }).ok).toBe(false);
  });
  it.each(invisibleOnly)('organization %j is refused in an imported file', (text) => {
    const record = { id: 'a', organization: text, employees: 5, sector: '', depth: 'quick', createdAt: 0, updatedAt: 0 };
    expect(AssessmentRecordSchema.safeParse(record).success).toBe(false);
  });
  it.each(visible)('%j is accepted as an organization and as a justification', (text) => {
    expect(parseOrganization(text).ok).toBe(true);
    expect(checkAnswer(control, { level: 'na', justification: text }).ok).toBe(true);
  });
});
