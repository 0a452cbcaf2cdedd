import { describe, expect, it } from 'vitest';
import { createVault, openVault, rewrapVault, seal, unseal, VaultSchema } from '../../lib/kiosk';

const fast = { iterations: 1_000 };

describe('the operator vault', () => {
  it('opens with its PIN and no other', async () => {
    const vault = await createVault('2468', fast);
    expect(VaultSchema.safeParse(vault).success).toBe(true);
    expect(await openVault(vault, '2468')).toBeDefined();
    for (const wrong of ['2469', '0000', '24680']) expect(await openVault(vault, wrong)).toBeUndefined();
  });

  it('stores neither the PIN nor the private key in the clear', async () => {
    const vault = await createVault('97531', fast);
    const text = JSON.stringify(vault);
    expect(text).not.toContain('97531');
    expect(text).not.toContain('"d"'); // a JWK's private scalar
  });

  it.each([
    ['a string', 'plain text'],
    ['a record', { name: 'Grace', email: 'grace@example.com', answers: { q: 3 } }],
    ['non-Latin text', { name: 'Zoë 山田 🙂' }],
  ])('seals %s without the PIN, and unseals it with the key', async (_case, value) => {
    const vault = await createVault('2468', fast);
    const sealed = await seal(vault, value);
    expect(JSON.stringify(sealed)).not.toContain(JSON.stringify(value).slice(1, -1));
    const key = (await openVault(vault, '2468'))!;
    expect(await unseal(key, sealed)).toEqual(value);
  });

  it('seals the same value differently each time', async () => {
    const vault = await createVault('2468', fast);
    const [a, b] = [await seal(vault, 'same'), await seal(vault, 'same')];
    expect(a.data).not.toBe(b.data);
  });

  it("another vault's key, or tampered data, opens nothing", async () => {
    const [mine, theirs] = [await createVault('1111', fast), await createVault('2222', fast)];
    const sealed = await seal(mine, { secret: 1 });
    expect(await unseal((await openVault(theirs, '2222'))!, sealed)).toBeUndefined();
    const flipped = { ...sealed, data: sealed.data.startsWith('A') ? `B${sealed.data.slice(1)}` : `A${sealed.data.slice(1)}` };
    expect(await unseal((await openVault(mine, '1111'))!, flipped)).toBeUndefined();
  });

  it('rewrapping under a new PIN keeps what was sealed readable, and retires the old PIN', async () => {
    const vault = await createVault('1111', fast);
    const sealed = await seal(vault, 'kept earlier');
    const moved = await rewrapVault(vault, (await openVault(vault, '1111'))!, '2222', fast);
    expect(await openVault(moved, '1111')).toBeUndefined();
    expect(await unseal((await openVault(moved, '2222'))!, sealed)).toBe('kept earlier');
  });
});
