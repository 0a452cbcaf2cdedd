/**
 * Markup for the printable report, built only through the `html` template tag: whatever is interpolated is
 * escaped unless it is markup the tag built itself, so user text can never become an element or an attribute.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (character) => entities[character]!);
}

export class Markup {
  constructor(readonly text: string) {}
}

export type Interpolation = string | number | Markup | Markup[];

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  const piece = (value: Interpolation): string =>
    value instanceof Markup ? value.text : Array.isArray(value) ? value.map(piece).join('') : escapeHtml(String(value));
  return new Markup(strings.reduce((out, text, at) => out + text + (at < values.length ? piece(values[at]!) : ''), ''));
}

/**
 * Text as a quoted CSS string (for `content:` in the page's running header): every character but letters,
 * digits and spaces becomes a hex escape, so no quote, backslash, line break or `</style>` can end it.
 */
export function cssString(text: string): string {
  const escaped = [...text].map((character) => (/^[A-Za-z0-9 ]$/.test(character) ? character : `\\${character.codePointAt(0)!.toString(16)} `)).join('');
  return `"${escaped}"`;
}
