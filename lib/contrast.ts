/**
 * Colour contrast as WCAG 2.x defines it (relative luminance of sRGB colours, ratio (L1 + 0.05) / (L2 + 0.05)),
 * for the brand's accent colour: text in it, or text on it, must stay readable.
 */

/** "#1a2b3c" (or "#abc") as 0–255 channels; undefined for anything else. */
export function parseHexColour(text: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
}

function channel(value: number): number {
  const share = value / 255;
  return share <= 0.04045 ? share / 12.92 : ((share + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([red, green, blue]: [number, number, number]): number {
  return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
}

/** From 1 (no contrast) to 21 (black on white), whichever colour is lighter. */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [first, second].map((colour) => {
    const rgb = parseHexColour(colour);
    if (!rgb) throw new Error(`not a colour: ${colour}`);
    return relativeLuminance(rgb);
  }) as [number, number];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** WCAG AA for normal-size text. */
export const minimumTextContrast = 4.5;
