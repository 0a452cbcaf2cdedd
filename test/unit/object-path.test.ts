import { describe, expect, it } from 'vitest';
import { getPath, setPath } from '../../lib/object-path';

describe('dotted paths into nested data', () => {
  const data = { approaches: { 'in-house': { dayRate: 1250 } }, list: [1, 2] };

  it.each([
    ['approaches.in-house.dayRate', 1250],
    ['approaches.missing.dayRate', undefined],
    ['list.1', 2],
    ['__proto__.polluted', undefined],
  ])('reads %s', (path, expected) => {
    expect(getPath(data, path)).toBe(expected);
  });

  it('writes a copy and leaves the original alone', () => {
    const actual = setPath(data, 'approaches.in-house.dayRate', 900);
    expect(getPath(actual, 'approaches.in-house.dayRate')).toBe(900);
    expect(data.approaches['in-house'].dayRate).toBe(1250);
  });

  it.each(['approaches.nobody.dayRate', 'approaches.in-house.salary', '__proto__.x'])('refuses to create %s', (path) => {
    expect(() => setPath(data, path, 1)).toThrow(/No such setting/);
  });
});
