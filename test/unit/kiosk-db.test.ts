import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type KioskResultRecord, type ReadinessDatabase } from '../../lib/db/database';
import {
  deleteAllKioskResults,
  keepKioskResult,
  listKioskResults,
  readKioskSettings,
  setKioskIdleSeconds,
  setOperatorPin,
  tryOperatorPin,
} from '../../lib/db/kiosk';
import { kioskIdleSecondsKey, kioskPinAttemptsKey, kioskPinKey, writeSetting } from '../../lib/db/settings';
import { consentText, consentVersion } from '../../lib/kiosk';
import { pinIterations } from '../../lib/kiosk';

let db: ReadinessDatabase;
let name = '';
afterEach(async () => db?.delete());
const fresh = () => {
  name = `test-${crypto.randomUUID()}`;
  return (db = openDatabase(name));
};

const record = (id: string, keptAt: number): KioskResultRecord => ({
  id,
  keptAt,
  contact: { name: `Visitor ${id}`, email: `${id}@example.com` },
  consent: { version: consentVersion, text: consentText },
  answers: { 'quick.scope-context': 2 },
  overall: 0.5,
  verdict: 'not-ready',
});

describe('kept kiosk results', () => {
  it('are kept, listed newest first and deleted all at once', async () => {
    fresh();
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
    expect(await readKioskSettings(db)).toEqual({ idleSeconds: 90, attempts: { failed: 0, lockedUntil: 0 } });
  });

  it('read damaged values as their defaults', async () => {
    fresh();
    await writeSetting(db, kioskIdleSecondsKey, 5);
    await writeSetting(db, kioskPinKey, { salt: 'zz', hash: 1 });
    await writeSetting(db, kioskPinAttemptsKey, { failed: -1 });
    expect(await readKioskSettings(db)).toEqual({ idleSeconds: 90, attempts: { failed: 0, lockedUntil: 0 } });
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
    await setOperatorPin(db, '1111', '', 1_000);
    expect(await setOperatorPin(db, '2222', '9999', 2_000)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await tryOperatorPin(db, '1111', 3_000)).toEqual({ ok: true });
    expect(await setOperatorPin(db, '2222', '1111', 4_000)).toEqual({ ok: true });
    expect(await tryOperatorPin(db, '1111', 5_000)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await tryOperatorPin(db, '2222', 6_000)).toEqual({ ok: true });
  });

  it('wrong PINs are slowed down, the wait survives a new connection, and the right PIN clears it', async () => {
    fresh();
    await setOperatorPin(db, '2468', '');
    const t = 1_000_000;
    expect(await tryOperatorPin(db, '0000', t)).toEqual({ ok: false, reason: 'wrong', error: 'That PIN is not right.' });
    expect(await tryOperatorPin(db, '0001', t)).toMatchObject({ ok: false, reason: 'wrong', retryAt: t + 1_000 });
    // Locked: even the right PIN is refused without being checked.
    expect(await tryOperatorPin(db, '2468', t + 999)).toMatchObject({ ok: false, reason: 'locked', retryAt: t + 1_000 });

    db.close();
    db = openDatabase(name);
    expect((await readKioskSettings(db)).attempts).toEqual({ failed: 2, lockedUntil: t + 1_000 });
    expect(await tryOperatorPin(db, '0002', t + 1_000)).toMatchObject({ reason: 'wrong', retryAt: t + 3_000 });
    expect(await tryOperatorPin(db, '0003', t + 3_000)).toMatchObject({ reason: 'wrong', retryAt: t + 7_000 });
    expect(await tryOperatorPin(db, '2468', t + 7_000)).toEqual({ ok: true });
    expect((await readKioskSettings(db)).attempts).toEqual({ failed: 0, lockedUntil: 0 });
  });

  it('a malformed PIN is refused without counting as a try', async () => {
    fresh();
    await setOperatorPin(db, '2468', '');
    expect(await tryOperatorPin(db, '12', 5)).toMatchObject({ ok: false, reason: 'format' });
    expect((await readKioskSettings(db)).attempts.failed).toBe(0);
  });
});
