/**
 * Whether text shows anything. `trim()` removes spaces but not the characters that render as nothing: zero-width
 * and other format characters (U+200B, U+2060, U+FEFF…), fillers that fonts draw blank (Hangul U+3164, U+115F,
 * U+FFA0) and the blank Braille pattern U+2800. A name or a justification made only of those is empty to a reader.
 */
const invisible = /[\s\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;

export function hasVisibleText(text: string): boolean {
  return text.replace(invisible, '') !== '';
}
