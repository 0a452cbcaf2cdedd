import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type ReadinessDatabase } from '../../lib/db/database';
import {
  deleteAllKioskResults,
  keepKioskResult,
  KioskNotReadyError,
  listKioskResults,
  openKioskResults,
  readKioskSettings,
  resetOperatorPin,
  setKioskIdleSeconds,
  setOperatorPin,
  tryOperatorPin,
} from '../../lib/db/kiosk';
import { kioskIdleSecondsKey, kioskPinAttemptsKey, kioskPinKey, kioskVaultKey, writeSetting } from '../../lib/db/settings';
import type { KeptVisit } from '../../lib/kiosk';
import { consentText, consentVersion, pinIterations } from '../../lib/kiosk';

let db: ReadinessDatabase;
let name = '';
afterEach(async () => db?.delete());
const fresh = () => {
  name = `test-${crypto.randomUUID()}`;
  return (db = openDatabase(name));
};

const record = (id: string, keptAt: number): KeptVisit => ({
  id,
  keptAt,
  contact: { name: `Visitor ${id}`, email: `${id}@example.com` },
  consent: { version: consentVersion, text: consentText },
  answers: { 'quick.scope-context': 2 },
  overall: 0.5,
  verdict: 'not-ready',
});

/** Fewer PBKDF2 rounds where a test does not check the hash's cost: the rules are the same. */
const fast = { iterations: 1_000 };

async function unlocked(pin = '2468'): Promise<CryptoKey> {
  await setOperatorPin(db, pin, '', 1, fast);
  const check = await tryOperatorPin(db, pin, 2, fast);
  if (!check.ok || !check.operatorKey) throw new Error(`PIN did not unlock: ${JSON.stringify(check)}`);
  return check.operatorKey;
}

describe('kept kiosk results', () => {
  it('are kept, listed newest first and deleted all at once', async () => {
    fresh();
    await unlocked();
    await keepKioskResult(db, record('a', 1));
    await keepKioskResult(db, record('b', 3));
    await keepKioskResult(db, record('c', 2));
    expect((await listKioskResults(db)).map((kept) => kept.id)).toEqual(['b', 'c', 'a']);
    await deleteAllKioskResults(db);
    expect(await listKioskResults(db)).toEqual([]);
  });

  it('version 2 adds the table and keeps everything a version 1 database held', async () => {
    name = `test-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      assessments: 'id, updatedAt, deletedAt',
      answers: '[assessmentId+target], assessmentId',
      catalog: 'key',
      settings: 'key',
    });
    await old.table('assessments').add({ id: 'x', organization: 'Old Co', updatedAt: 1 });
    await old.table('settings').add({ key: 'current-assessment', value: 'x' });
    old.close();

    db = openDatabase(name);
    expect(await db.assessments.get('x')).toMatchObject({ organization: 'Old Co' });
    expect(await db.settings.get('current-assessment')).toEqual({ key: 'current-assessment', value: 'x' });
    expect(await listKioskResults(db)).toEqual([]);
    expect(db.verno).toBe(2);
  });
});

describe('kiosk settings', () => {
  it('default to a 90 s idle time, no PIN and no wrong tries', async () => {
    fresh();
    expect(await readKioskSettings(db)).toEqual({
      idleSeconds: 90,
      pinState: 'none',
      vaultDamaged: false,
      attempts: { failed: 0, lockedUntil: 0 },
    });
  });

  it('read a damaged idle time as its default, but a damaged PIN or backoff record as locked, never as open', async () => {
    fresh();
    await writeSetting(db, kioskIdleSecondsKey, 5);
    await writeSetting(db, kioskPinKey, { salt: 'zz', hash: 1 });
    await writeSetting(db, kioskPinAttemptsKey, { failed: -1 });
    const actual = await readKioskSettings(db);
    expect(actual.idleSeconds).toBe(90);
    expect(actual.pinState).toBe('damaged');
    expect(actual.attempts.failed).toBeGreaterThanOrEqual(8);
  });

  it.each([
    [30, true],
    [600, true],
    [29, false],
    [601, false],
  ])('idle time %i s is accepted: %s', async (seconds, expected) => {
    fresh();
    const actual = await setKioskIdleSeconds(db, seconds);
    expect(actual.ok).toBe(expected);
    expect((await readKioskSettings(db)).idleSeconds).toBe(expected ? seconds : 90);
  });
});

describe('the operator PIN', () => {
  it('is stored only as a salted PBKDF2 hash', async () => {
    fresh();
    expect(await setOperatorPin(db, '24681357', '')).toEqual({ ok: true });
    const stored = await db.settings.get(kioskPinKey);
    expect(JSON.stringify(stored)).not.toContain('24681357');
    expect((await readKioskSettings(db)).pin).toMatchObject({ iterations: pinIterations });
  });

  it('must be 4 to 12 digits', async () => {
    fresh();
    expect(await setOperatorPin(db, '12a4', '')).toMatchObject({ ok: false, reason: 'format', error: /4 to 12 digits/ });
    expect((await readKioskSettings(db)).pin).toBeUndefined();
  });

  it('cannot be tried before one is set', async () => {
    fresh();
    expect(await tryOperatorPin(db, '1234')).toMatchObject({ ok: false, reason: 'no-pin' });
  });

  it('changing it needs the current one', async () => {
    fresh();
    await setOperatorPin(db, '1111', '', 1_000, fast);
    expect(await setOperatorPin(db, '2222', '9999', 2_000, fast)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await tryOperatorPin(db, '1111', 3_000, fast)).toMatchObject({ ok: true });
    expect(await setOperatorPin(db, '2222', '1111', 4_000, fast)).toEqual({ ok: true });
    expect(await tryOperatorPin(db, '1111', 5_000, fast)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await tryOperatorPin(db, '2222', 6_000, fast)).toMatchObject({ ok: true });
  });

  it('wrong PINs are slowed down, the wait survives a new connection, and the right PIN clears it', async () => {
    fresh();
    await setOperatorPin(db, '2468', '', 0, fast);
    const t = 1_000_000;
    expect(await tryOperatorPin(db, '0000', t, fast)).toEqual({ ok: false, reason: 'wrong', error: 'That PIN is not right.' });
    expect(await tryOperatorPin(db, '0001', t, fast)).toMatchObject({ ok: false, reason: 'wrong', retryAt: t + 1_000 });
    // Locked: even the right PIN is refused without being checked.
    expect(await tryOperatorPin(db, '2468', t + 999, fast)).toMatchObject({ ok: false, reason: 'locked', retryAt: t + 1_000 });

    db.close();
    db = openDatabase(name);
    expect((await readKioskSettings(db)).attempts).toEqual({ failed: 2, lockedUntil: t + 1_000 });
    expect(await tryOperatorPin(db, '0002', t + 1_000, fast)).toMatchObject({ reason: 'wrong', retryAt: t + 3_000 });
    expect(await tryOperatorPin(db, '0003', t + 3_000, fast)).toMatchObject({ reason: 'wrong', retryAt: t + 7_000 });
    expect(await tryOperatorPin(db, '2468', t + 7_000, fast)).toMatchObject({ ok: true });
    expect((await readKioskSettings(db)).attempts).toEqual({ failed: 0, lockedUntil: 0 });
  });

  it('a malformed PIN is refused without counting as a try', async () => {
    fresh();
    await setOperatorPin(db, '2468', '');
    expect(await tryOperatorPin(db, '12', 5)).toMatchObject({ ok: false, reason: 'format' });
    expect((await readKioskSettings(db)).attempts.failed).toBe(0);
  });
});

describe('a damaged PIN fails closed', () => {
  it('a damaged PIN record with no vault never opens, whatever PIN is typed, and says how to recover', async () => {
    fresh();
    await writeSetting(db, kioskPinKey, { salt: 'zz', hash: 1 });
    for (const pin of ['0000', '1234', '99999999']) {
      expect(await tryOperatorPin(db, pin, 1, fast)).toMatchObject({ ok: false, reason: 'damaged', error: /Settings/ });
    }
  });

  it('a damaged PIN hash with an intact vault still opens with the right PIN, and only with it', async () => {
    fresh();
    const key = await unlocked('5151');
    await keepKioskResult(db, record('kept', 3));
    await writeSetting(db, kioskPinKey, 'garbage');
    expect(await tryOperatorPin(db, '1234', 10, fast)).toMatchObject({ ok: false, reason: 'wrong' });
    const check = await tryOperatorPin(db, '5151', 20, fast);
    expect(check.ok).toBe(true);
    expect(key).toBeDefined();
    const opened = await openKioskResults(await listKioskResults(db), (check as { operatorKey: CryptoKey }).operatorKey);
    expect(opened.visits.map((visit) => visit.contact.name)).toEqual(['Visitor kept']);
  });

  it('a missing PIN record beside a vault counts as damaged, not as "no PIN"', async () => {
    fresh();
    await unlocked('5151');
    await db.settings.delete(kioskPinKey);
    expect((await readKioskSettings(db)).pinState).toBe('damaged');
    expect(await tryOperatorPin(db, '0000', 10, fast)).toMatchObject({ ok: false, reason: 'wrong' });
  });

  it('a damaged backoff record makes the first wrong try wait the longest delay', async () => {
    fresh();
    await setOperatorPin(db, '2468', '', 1, fast);
    await writeSetting(db, kioskPinAttemptsKey, 'not a record');
    expect(await tryOperatorPin(db, '0000', 1_000, fast)).toMatchObject({ ok: false, reason: 'wrong', retryAt: 61_000 });
  });

  it('reset removes the PIN, the vault and every kept result, so a new PIN starts afresh', async () => {
    fresh();
    await unlocked('5151');
    await keepKioskResult(db, record('kept', 3));
    await resetOperatorPin(db);
    expect(await readKioskSettings(db)).toMatchObject({ pinState: 'none', vaultDamaged: false });
    expect(await db.settings.get(kioskVaultKey)).toBeUndefined();
    expect(await listKioskResults(db)).toEqual([]);
  });
});

describe('kept visitors are encrypted at rest', () => {
  it('stores no name, email, organization or answer in the clear, and the PIN opens them', async () => {
    fresh();
    const key = await unlocked();
    const visit = { ...record('v1', 5), contact: { name: 'Ada Lovelace', email: 'ada@example.com', organization: 'Analytical Ltd' } };
    await keepKioskResult(db, visit);
    const stored = JSON.stringify(await db.kioskResults.toArray());
    for (const secret of ['Ada Lovelace', 'ada@example.com', 'Analytical Ltd', 'quick.scope-context']) expect(stored).not.toContain(secret);
    expect(await openKioskResults(await listKioskResults(db), key)).toEqual({ visits: [visit], unreadable: 0 });
  });

  it('keeps nothing, and says why, while no PIN is set', async () => {
    fresh();
    await expect(keepKioskResult(db, record('v1', 5))).rejects.toBeInstanceOf(KioskNotReadyError);
    expect(await listKioskResults(db)).toEqual([]);
  });

  it('a PIN change keeps every earlier result readable under the new PIN', async () => {
    fresh();
    await unlocked('1111');
    await keepKioskResult(db, record('before', 5));
    expect(await setOperatorPin(db, '2222', '1111', 10, fast)).toEqual({ ok: true });
    expect(await tryOperatorPin(db, '1111', 20, fast)).toMatchObject({ ok: false, reason: 'wrong' });
    const check = await tryOperatorPin(db, '2222', 30, fast);
    const opened = await openKioskResults(await listKioskResults(db), (check as { operatorKey: CryptoKey }).operatorKey);
    expect(opened.visits.map((visit) => visit.id)).toEqual(['before']);
  });

  it('results an older version kept in the clear are sealed at the next unlock', async () => {
    fresh();
    await setOperatorPin(db, '2468', '', 1, fast);
    await db.settings.delete(kioskVaultKey); // as an older version left it: a PIN hash, no vault
    await db.kioskResults.add(record('old', 1));
    const check = await tryOperatorPin(db, '2468', 2, fast);
    expect(JSON.stringify(await db.kioskResults.toArray())).not.toContain('Visitor old');
    const opened = await openKioskResults(await listKioskResults(db), (check as { operatorKey: CryptoKey }).operatorKey);
    expect(opened.visits.map((visit) => visit.contact.name)).toEqual(['Visitor old']);
  });

  it('a damaged or foreign record is counted as unreadable, never shown half-read', async () => {
    fresh();
    const key = await unlocked();
    await keepKioskResult(db, record('good', 5));
    const sealed = (await db.kioskResults.get('good'))!;
    await db.kioskResults.add({ ...sealed, id: 'copied' }); // another id than the one sealed inside
    await db.kioskResults.add({ id: 'junk', keptAt: 1, sealed: { version: 1 } } as never);
    expect(await openKioskResults(await listKioskResults(db), key)).toMatchObject({ visits: [{ id: 'good' }], unreadable: 2 });
  });
});
