import { describe, expect, it } from 'vitest';
import { isValidId, splitIdList } from '../../src/lib/ids';

describe('isValidId', () => {
  it.each(['hoshino', 'hoshino-three-constants', 'g4-initiative', 'a1'])('accepts %j', (id) => {
    expect(isValidId(id)).toBe(true);
  });
  it.each(['', 'Hoshino', 'hoshino_1', '-lead', 'trail-', 'double--hyphen', '1st', 'with space', 'café', 'a#b'])('rejects %j', (id) => {
    expect(isValidId(id)).toBe(false);
  });
});

describe('splitIdList', () => {
  it('splits on any whitespace and drops empty entries', () => {
    expect(splitIdList('  charter-reform\tus-japan-cooperation \n x ')).toEqual(['charter-reform', 'us-japan-cooperation', 'x']);
    expect(splitIdList('')).toEqual([]);
  });
});
