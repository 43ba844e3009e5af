import { describe, expect, it } from 'vitest';

import { pageParams, rowsOfPages } from './pages.ts';

const row = (id: string) => ({ id, name: id.toUpperCase() });

describe('the rows of a list read a page at a time', () => {
  it('are the pages in order, each row once, nothing before the first page', () => {
    expect(rowsOfPages(undefined, 'people')).toEqual([]);
    const pages = [
      { people: [row('a'), row('b')], nextCursor: 'c1' },
      // Refetched page by page while someone was added: b shifted onto the next page too.
      { people: [row('b'), row('c')], nextCursor: 'c2' },
      { people: [row('d')], nextCursor: null },
    ];
    expect(rowsOfPages(pages, 'people').map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ask for the first page without a cursor and each next one with the one before’s', () => {
    expect(pageParams({ q: 'ada' }, 50, null)).toEqual({
      q: 'ada',
      limit: '50',
      cursor: undefined,
    });
    expect(pageParams({ q: 'ada' }, 50, 'c1')).toEqual({ q: 'ada', limit: '50', cursor: 'c1' });
  });
});
