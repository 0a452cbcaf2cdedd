/**
 * The consultant's brand (issue 14): firm name, logo, accent colour, contact line and disclaimer, shown on the
 * one-page summary, the printable report, the Markdown header and the kiosk. Pure: checks and conversions only;
 * lib/state/brand.ts stores it.
 *
 * A logo is only ever shown as an image built from bytes checked here (PNG or JPEG by their magic bytes, a size
 * and pixel limit): never as markup, so an SVG or an HTML file renamed .png cannot get in.
 *
 * The accent is drawn in two ways: as text and rules on white paper (the report, the printed summary) and as a
 * band under white text (the summary and kiosk headers, in light and dark mode alike). Both ask the same of it:
 * 4.5:1 against white. Text in the accent directly on the dark page is never drawn, because no colour reads at
 * 4.5:1 on both white and the dark page (the best possible is about 4.3:1; test/unit/brand.test.ts shows it).
 */
import { contrastRatio, minimumTextContrast, parseHexColour } from './contrast';
import { z } from './zod';

export const brandLimits = { firmName: 120, contact: 200, disclaimer: 1_000, logoBytes: 200_000, logoMinPixels: 16, logoMaxPixels: 2_000 } as const;

export type LogoType = 'image/png' | 'image/jpeg';

export interface Logo {
  type: LogoType;
  bytes: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
}

export interface Brand {
  firmName: string;
  contact: string;
  disclaimer: string;
  /** "#rrggbb", or empty for the product's own colours. */
  accent: string;
  logo?: Logo;
}

export const emptyBrand: Brand = { firmName: '', contact: '', disclaimer: '', accent: '' };

/** The page and the ink the accent meets: white paper, and white text on an accent band. */
export const brandPaper = '#ffffff';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, at) => bytes[at] === byte);
const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
/** JPEG start-of-frame markers (they carry the pixel size); C4, C8 and CC are other segments. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const ihdr = bytes.length >= 24 && String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  return ihdr ? { width: u32(bytes, 16), height: u32(bytes, 20) } : undefined;
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    if (isStartOfFrame(marker)) return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    at += 2 + u16(bytes, at + 2);
  }
  return undefined;
}

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1000)} KB`;

/** Whether bytes are a logo we show: PNG or JPEG by content (whatever the file was called), within the limits. */
export function checkLogo(bytes: Uint8Array<ArrayBuffer>): Checked<Logo> {
  if (bytes.length > brandLimits.logoBytes) {
    return { ok: false, error: `The logo is ${kilobytes(bytes.length)}; it may be at most ${kilobytes(brandLimits.logoBytes)}. Save a smaller version and try again.` };
  }
  const type: LogoType | undefined = startsWith(bytes, pngSignature) ? 'image/png' : startsWith(bytes, [0xff, 0xd8, 0xff]) ? 'image/jpeg' : undefined;
  if (!type) return { ok: false, error: 'The logo must be a PNG or JPEG image. This file is neither (an SVG or another format cannot be used).' };
  const size = type === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (!size) return { ok: false, error: `The ${type === 'image/png' ? 'PNG' : 'JPEG'} file is damaged: its size in pixels cannot be read.` };
  const { width, height } = size;
  const { logoMinPixels: min, logoMaxPixels: max } = brandLimits;
  if (width < min || height < min || width > max || height > max) {
    return { ok: false, error: `The logo is ${width} × ${height} pixels; each side must be between ${min} and ${max} pixels.` };
  }
  return { ok: true, value: { type, bytes, width, height } };
}

/** Why an accent cannot be used, or undefined when it can (an empty accent keeps the product's colours). */
export function accentProblem(accent: string): string | undefined {
  if (accent.trim() === '') return undefined;
  if (!parseHexColour(accent)) return `“${accent.slice(0, 20)}” is not a colour: write it as # and six hex digits, like #0b5cad.`;
  const ratio = contrastRatio(accent, brandPaper);
  if (ratio >= minimumTextContrast) return undefined;
  return (
    `The accent ${accent} reaches only ${ratio.toFixed(1)}:1 against white, and text needs at least ${minimumTextContrast}:1 to stay readable ` +
    '(on the white report and under the white text of the headers in light and dark mode). Choose a darker shade.'
  );
}

/** A data: URL of the logo's checked bytes, for the standalone report: base64 holds no character markup could use. */
export function logoDataUrl(logo: Logo): string {
  let binary = '';
  for (let at = 0; at < logo.bytes.length; at += 0x8000) binary += String.fromCharCode(...logo.bytes.subarray(at, at + 0x8000));
  return `data:${logo.type};base64,${btoa(binary)}`;
}

const text = (limit: number, what: string) => z.string().max(limit, `${what} may be at most ${limit} characters`);

const brandFields = {
  firmName: text(brandLimits.firmName, 'The firm name'),
  contact: text(brandLimits.contact, 'The contact line'),
  disclaimer: text(brandLimits.disclaimer, 'The disclaimer'),
  accent: z.string().max(20).refine((accent) => accentProblem(accent) === undefined, { error: (issue) => accentProblem(String(issue.input)) }),
};

const logoFromBytes = z.instanceof(Uint8Array).transform((bytes, context) => {
  const checked = checkLogo(new Uint8Array(bytes));
  if (!checked.ok) context.addIssue({ code: 'custom', message: checked.error });
  return checked.ok ? checked.value : z.NEVER;
});

/** The brand as stored in IndexedDB: the logo as its bytes, checked again on every read. */
export const StoredBrandSchema = z.strictObject({
  ...brandFields,
  logo: z
    .strictObject({ bytes: logoFromBytes })
    .transform((logo) => logo.bytes)
    .optional(),
});

const base64 = z.string().max(Math.ceil((brandLimits.logoBytes * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

/** The brand as a backup carries it: the logo as base64 text. */
export const BrandFileSchema = z.strictObject({
  ...brandFields,
  logo: z
    .strictObject({ base64 })
    .transform(({ base64: encoded }) => Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0)))
    .pipe(logoFromBytes)
    .optional(),
});

export type StoredBrand = Omit<Brand, 'logo'> & { logo?: { bytes: Uint8Array<ArrayBuffer> } };

export function toStoredBrand({ logo, ...fields }: Brand): StoredBrand {
  return { ...fields, ...(logo ? { logo: { bytes: logo.bytes } } : {}) };
}

export function toBrandFile({ logo, ...fields }: Brand): z.input<typeof BrandFileSchema> {
  return { ...fields, ...(logo ? { logo: { base64: logoDataUrl(logo).split(',')[1]! } } : {}) };
}

/** A stored or imported brand, checked: the brand, or the reasons it cannot be used. */
export function parseBrand(candidate: unknown, schema: typeof StoredBrandSchema | typeof BrandFileSchema = StoredBrandSchema): Checked<Brand> {
  const result = schema.safeParse(candidate);
  if (!result.success) return { ok: false, error: result.error.issues.map((issue) => issue.message).join(' ') };
  const { logo, ...fields } = result.data;
  return { ok: true, value: { ...fields, ...(logo ? { logo } : {}) } };
}

export const hasBrand = (brand: Brand) => Boolean(brand.firmName || brand.contact || brand.disclaimer || brand.accent || brand.logo);
