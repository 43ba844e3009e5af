import { describe, expect, it } from 'vitest';

import { AppError } from '../errors.ts';
import { keyset, pageOf } from './keyset.ts';

const keys = keyset('things', ['time', 'uuid']);
const key = ['2026-12-01T09:00:00.123456Z', '0b6c7f1e-8d1a-4b3c-9f00-1234567890ab'] as const;
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursors', () => {
  it('round-trips a key through an opaque URL-safe cursor', () => {
    const cursor = keys.encode([...key]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(keys.decode(cursor)).toEqual(key);
    expect(keys.decode(undefined)).toBeUndefined();
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('{"').toString('base64url')],
    ['another list', raw(['others', ...key])],
    ['too short', raw(['things', key[0]])],
    ['too long', raw(['things', ...key, 1])],
    ['an object', raw({ list: 'things', key })],
    ['a time rounded to milliseconds', raw(['things', '2026-12-01T09:00:00.123Z', key[1]])],
    ['an impossible time', raw(['things', '2026-13-41T09:00:00.123456Z', key[1]])],
    ['SQL for an id', raw(['things', key[0], "x' or '1'='1"])],
  ])('refuses %s with a 400 naming cursor', (_, cursor) => {
    const error = (() => {
      try {
        keys.decode(cursor);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation_failed', field: 'cursor' });
  });

  it('checks integers as whole, not negative, and within an integer column', () => {
    const seqs = keyset('seqs', ['int']);
    expect(seqs.decode(seqs.encode([42]))).toEqual([42]);
    for (const bad of [-1, 1.5, 2 ** 31, 2 ** 53, '7'])
      expect(() => seqs.decode(raw(['seqs', bad]))).toThrow(AppError);
  });
});

describe('pageOf', () => {
  it('names a next page only when a row past the limit was fetched', () => {
    const cursorOf = (n: number) => `after-${n}`;
    expect(pageOf([1, 2, 3], 3, cursorOf)).toEqual({ rows: [1, 2, 3], nextCursor: null });
    expect(pageOf([1, 2, 3, 4], 3, cursorOf)).toEqual({ rows: [1, 2, 3], nextCursor: 'after-3' });
  });
});
