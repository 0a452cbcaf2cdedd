/**
 * The kiosk operator's PIN: stored only as a salted PBKDF2-SHA256 hash (Web Crypto, so it runs the same in
 * Node, workers and pages), compared in constant time, and guarded by a backoff that slows guessing. A 4-digit
 * PIN has only 10,000 values, so the backoff does the real work; the hash keeps the PIN itself off the disk.
 */
import { z } from '../zod';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s on a 2-core laptop, once per unlock. */
export const pinIterations = 600_000;
const saltBytes = 16;
const hashBits = 256;

export const pinRule = 'The PIN must be 4 to 12 digits (0–9), without spaces or letters.';
export const PinSchema = z.string().regex(/^\d{4,12}$/, pinRule);

export type PinFormatCheck = { ok: true } | { ok: false; error: string };

export function checkPinFormat(pin: string): PinFormatCheck {
  return PinSchema.safeParse(pin).success ? { ok: true } : { ok: false, error: pinRule };
}

const hex = z.string().regex(/^(?:[0-9a-f]{2})+$/);

/** What is stored: never the PIN. Hex strings, so a JSON backup carries it unchanged. */
export const PinHashSchema = z.strictObject({
  salt: hex,
  hash: hex,
  // Bounded above so a damaged record cannot freeze the page for minutes.
  iterations: z.number().int().min(1).max(10_000_000),
});
export type PinHash = z.infer<typeof PinHashSchema>;

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length / 2);
  for (let at = 0; at < bytes.length; at++) bytes[at] = Number.parseInt(text.slice(at * 2, at * 2 + 2), 16);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, hashBits);
  return new Uint8Array(bits);
}

export interface HashOptions {
  iterations?: number;
  /** Tests pass a fixed salt; otherwise 16 random bytes. */
  salt?: Uint8Array<ArrayBuffer>;
}

export async function hashPin(pin: string, options: HashOptions = {}): Promise<PinHash> {
  const iterations = options.iterations ?? pinIterations;
  const salt = options.salt ?? crypto.getRandomValues(new Uint8Array(saltBytes));
  return { salt: toHex(salt), hash: toHex(await derive(pin, salt, iterations)), iterations };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const actual = await derive(pin, fromHex(stored.salt), stored.iterations);
  return constantTimeEqual(actual, fromHex(stored.hash));
}

/** Looks at every byte whatever it finds, so the time taken says nothing about where two hashes differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let at = 0; at < length; at++) difference |= (a[at] ?? 0) ^ (b[at] ?? 0);
  return difference === 0;
}

export const maxPinDelayMs = 60_000;

/**
 * How long to wait before the next try after this many wrong PINs in a row: 0, 0, 1 s, 2 s, 4 s … 60 s at
 * most. Two free tries forgive a typo; after that, 10,000 guesses take about a week.
 */
export function pinDelayMs(failedAttempts: number): number {
  if (failedAttempts < 2) return 0;
  return Math.min(maxPinDelayMs, 1000 * 2 ** (failedAttempts - 2));
}

/** Stored beside the hash, so a reload does not reset the backoff. */
export const PinAttemptsSchema = z.strictObject({
  failed: z.number().int().min(0),
  lockedUntil: z.number().min(0),
});
export type PinAttempts = z.infer<typeof PinAttemptsSchema>;

export const noPinAttempts: PinAttempts = { failed: 0, lockedUntil: 0 };

/** The time the next try is allowed, or undefined when it is allowed now. */
export function pinRetryAt(attempts: PinAttempts, now: number): number | undefined {
  return attempts.lockedUntil > now ? attempts.lockedUntil : undefined;
}

export function afterWrongPin(attempts: PinAttempts, now: number): PinAttempts {
  const failed = attempts.failed + 1;
  return { failed, lockedUntil: now + pinDelayMs(failed) };
}
