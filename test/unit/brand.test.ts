import { describe, expect, it } from 'vitest';
import { BrandFileSchema, accentProblem, brandLimits, checkLogo, logoDataUrl, parseBrand, toBrandFile, toStoredBrand } from '../../lib/brand';
import { contrastRatio, minimumTextContrast, parseHexColour, relativeLuminance } from '../../lib/contrast';
import { jpegHeader, solidPng } from '../fixtures/images';
import { prng } from '../fixtures/random';

describe('contrast (WCAG 2)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#777777', '#ffffff', 4.48],
    ['#767676', '#ffffff', 4.54],
    ['#0b5cad', '#ffffff', 6.67],
    ['#ff0000', '#ffffff', 4],
    ['#12161c', '#ffffff', 18.15],
    ['#fff', '#000', 21],
  ])('%s against %s is %d:1', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
    expect(contrastRatio(b, a)).toBeCloseTo(expected, 1);
  });

  it.each(['', '#12345', '123456', '#gggggg', 'red', '#1234567', 'javascript:alert(1)'])('%j is not a colour', (text) => {
    expect(parseHexColour(text)).toBeUndefined();
  });

  it('no colour reads at 4.5:1 on both white and the dark page, which is why the accent never meets the dark page as text', () => {
    const dark = relativeLuminance(parseHexColour('#12161c')!);
    const best = Math.sqrt(1.05 * (dark + 0.05));
    expect(best / (dark + 0.05)).toBeLessThan(minimumTextContrast);
    const random = prng(4_5);
    for (let sample = 0; sample < 2_000; sample += 1) {
      const colour = `#${Math.floor(random() * 0xffffff).toString(16).padStart(6, '0')}`;
      expect(Math.min(contrastRatio(colour, '#ffffff'), contrastRatio(colour, '#12161c'))).toBeLessThan(minimumTextContrast);
    }
  });
});

describe('the accent colour', () => {
  it.each([
    ['', undefined],
    ['#0b5cad', undefined],
    ['#767676', undefined],
    ['#8B0000', undefined],
    ['#777777', 'reaches only 4.5:1 against white'],
    ['#ffcc00', 'reaches only 1.5:1 against white'],
    ['#7db7f5', 'Choose a darker shade'],
    ['blue', 'is not a colour'],
    ['<script>', 'is not a colour'],
  ])('%j → %j', (accent, expected) => {
    const actual = accentProblem(accent);
    if (expected === undefined) expect(actual).toBeUndefined();
    else expect(actual).toContain(expected);
  });
});

describe('the logo', () => {
  it.each([
    ['a PNG', solidPng(120, 40), { type: 'image/png', width: 120, height: 40 }],
    ['a JPEG', jpegHeader(300, 100), { type: 'image/jpeg', width: 300, height: 100 }],
    ['a JPEG without Exif', jpegHeader(16, 2000, { withExif: false }), { type: 'image/jpeg', width: 16, height: 2000 }],
  ])('accepts %s, reading its size from its bytes', (_, bytes, expected) => {
    expect(checkLogo(bytes)).toMatchObject({ ok: true, value: expected });
  });

  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
  const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
  const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000');
  it.each([
    ['an SVG', svg, 'must be a PNG or JPEG'],
    ['HTML', html, 'must be a PNG or JPEG'],
    ['a GIF', gif, 'must be a PNG or JPEG'],
    ['nothing', new Uint8Array(0), 'must be a PNG or JPEG'],
    ['a PNG signature alone', solidPng(20, 20).slice(0, 10), 'damaged'],
    ['a JPEG with no frame header', new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2, 0, 0, 0, 0, 0, 0]), 'damaged'],
    ['a tiny PNG', solidPng(8, 8), 'between 16 and 2000 pixels'],
    ['a huge JPEG', jpegHeader(5_000, 400), '5000 × 400 pixels'],
    ['too many bytes', new Uint8Array(brandLimits.logoBytes + 1).fill(0x89), 'at most 200 KB'],
  ])('refuses %s', (_, bytes, expected) => {
    expect(checkLogo(bytes as Uint8Array<ArrayBuffer>)).toEqual({ ok: false, error: expect.stringContaining(expected) });
  });

  it('is shown from a data: URL of its own bytes, in base64', () => {
    const logo = solidPng(16, 16);
    const checked = checkLogo(logo);
    if (!checked.ok) throw new Error(checked.error);
    const url = logoDataUrl(checked.value);
    expect(url).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(url.split(',')[1]!, 'base64')).toEqual(Buffer.from(logo));
  });
});

describe('a brand, stored and in a backup', () => {
  const logo = checkLogo(solidPng(64, 32));
  if (!logo.ok) throw new Error(logo.error);
  const brand = { firmName: 'Ledger & Lamp <Advisory>', contact: 'hello@ledger.example · +44 20 7946 0000', disclaimer: 'Indicative only.', accent: '#0b5cad', logo: logo.value };

  it('comes back as it was from storage and from a backup file', () => {
    expect(parseBrand(toStoredBrand(brand))).toEqual({ ok: true, value: brand });
    expect(parseBrand(JSON.parse(JSON.stringify(toBrandFile(brand))), BrandFileSchema)).toEqual({ ok: true, value: brand });
  });

  it.each([
    ['a low-contrast accent', { ...toStoredBrand(brand), accent: '#ffff00' }, 'against white'],
    ['an overlong firm name', { ...toStoredBrand(brand), firmName: 'x'.repeat(121) }, 'at most 120 characters'],
    ['an SVG logo', { ...toStoredBrand(brand), logo: { bytes: new TextEncoder().encode('<svg/>') } }, 'PNG or JPEG'],
    ['an unknown field', { ...toStoredBrand(brand), script: 'x' }, 'Unrecognized key'],
  ])('refuses %s', (_, candidate, expected) => {
    expect(parseBrand(candidate)).toEqual({ ok: false, error: expect.stringContaining(expected) });
  });

  it('refuses a backup logo that is not base64 or not an image', () => {
    const file = toBrandFile(brand);
    expect(parseBrand({ ...file, logo: { base64: '<img src=x>' } }, BrandFileSchema).ok).toBe(false);
    expect(parseBrand({ ...file, logo: { base64: btoa('<svg onload=alert(1)>') } }, BrandFileSchema)).toEqual({ ok: false, error: expect.stringContaining('PNG or JPEG') });
  });
});
