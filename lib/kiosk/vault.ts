/**
 * Kept visitors' details encrypted at rest, so that only the operator PIN opens them (issue 16, finding 7).
 *
 * The kiosk must write without the PIN (a visitor keeps a result while no operator is there) and read only with
 * it. Public-key encryption gives exactly that split:
 * - the operator's vault is an ECDH P-256 key pair; its public half is stored as is, its private half is stored
 *   wrapped (AES-GCM) under a key derived from the PIN with PBKDF2, so the PIN never touches the disk and a
 *   wrong PIN cannot unwrap it (GCM authenticates);
 * - each kept visit is sealed for the public key: a fresh ECDH key pair per record, the shared secret as an
 *   AES-GCM key, and only the ephemeral public key, the IV and the ciphertext are stored.
 * Web Crypto only, so it runs the same in pages, workers and Node (the unit tests).
 */
import { pinIterations } from './pin';
import { z } from '../zod';

const curve = { name: 'ECDH', namedCurve: 'P-256' } as const;
const saltBytes = 16;
const ivBytes = 12;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/).max(1_000_000);

const PublicJwkSchema = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1).max(100),
  y: z.string().min(1).max(100),
});

/** What is stored of the vault: the public key, and the private key only in its PIN-wrapped form. */
export const VaultSchema = z.strictObject({
  version: z.literal(1),
  publicKey: PublicJwkSchema,
  wrappedPrivateKey: base64,
  salt: base64,
  iv: base64,
  // Bounded above so a damaged record cannot freeze the page for minutes.
  iterations: z.number().int().min(1).max(10_000_000),
});
export type Vault = z.infer<typeof VaultSchema>;

/** One sealed payload: readable only with the vault's private key. */
export const SealedSchema = z.strictObject({
  version: z.literal(1),
  ephemeralKey: PublicJwkSchema,
  iv: base64,
  data: base64,
});
export type Sealed = z.infer<typeof SealedSchema>;

function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  let text = '';
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

async function pinKey(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrapPrivateKey(privateKey: CryptoKey, pin: string, iterations: number) {
  const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const wrapped = await crypto.subtle.wrapKey('pkcs8', privateKey, await pinKey(pin, salt, iterations), { name: 'AES-GCM', iv });
  return { wrappedPrivateKey: toBase64(wrapped), salt: toBase64(salt), iv: toBase64(iv), iterations };
}

export interface VaultOptions {
  /** Tests use fewer; the default is the PIN hash's figure. */
  iterations?: number;
}

/** A new vault for this PIN. */
export async function createVault(pin: string, options: VaultOptions = {}): Promise<Vault> {
  const pair = await crypto.subtle.generateKey(curve, true, ['deriveKey']);
  const publicKey = PublicJwkSchema.parse(await crypto.subtle.exportKey('jwk', pair.publicKey));
  return { version: 1, publicKey, ...(await wrapPrivateKey(pair.privateKey, pin, options.iterations ?? pinIterations)) };
}

/** The private key, or undefined when the PIN is not the vault's (or the vault is damaged). */
export async function openVault(vault: Vault, pin: string): Promise<CryptoKey | undefined> {
  try {
    const key = await pinKey(pin, fromBase64(vault.salt), vault.iterations);
    // Extractable so that a PIN change can wrap it again under the new PIN.
    return await crypto.subtle.unwrapKey(
      'pkcs8',
      fromBase64(vault.wrappedPrivateKey),
      key,
      { name: 'AES-GCM', iv: fromBase64(vault.iv) },
      curve,
      true,
      ['deriveKey'],
    );
  } catch {
    return undefined;
  }
}

/** The same key pair under a new PIN: everything sealed before stays readable. */
export async function rewrapVault(vault: Vault, privateKey: CryptoKey, newPin: string, options: VaultOptions = {}): Promise<Vault> {
  return { ...vault, ...(await wrapPrivateKey(privateKey, newPin, options.iterations ?? pinIterations)) };
}

async function sharedKey(privateKey: CryptoKey, publicKey: CryptoKey, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.deriveKey({ name: 'ECDH', public: publicKey }, privateKey, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

/** Seals a JSON value for the vault's owner; needs no PIN. */
export async function seal(vault: Pick<Vault, 'publicKey'>, value: unknown): Promise<Sealed> {
  const recipient = await crypto.subtle.importKey('jwk', vault.publicKey, curve, false, []);
  const ephemeral = await crypto.subtle.generateKey(curve, true, ['deriveKey']);
  const iv = crypto.getRandomValues(new Uint8Array(ivBytes));
  const key = await sharedKey(ephemeral.privateKey, recipient, 'encrypt');
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  const ephemeralKey = PublicJwkSchema.parse(await crypto.subtle.exportKey('jwk', ephemeral.publicKey));
  return { version: 1, ephemeralKey, iv: toBase64(iv), data: toBase64(data) };
}

/** The sealed JSON value, or undefined when this key cannot open it (another vault, or damaged data). */
export async function unseal(privateKey: CryptoKey, sealed: Sealed): Promise<unknown> {
  try {
    const sender = await crypto.subtle.importKey('jwk', sealed.ephemeralKey, curve, false, []);
    const key = await sharedKey(privateKey, sender, 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    return undefined;
  }
}
