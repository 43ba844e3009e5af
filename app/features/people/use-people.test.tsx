import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { api } from '../../api/client.ts';
import type { Person } from '../../api/types.ts';
import { renderAppHook } from '../../testing/render.tsx';
import { PEOPLE_PAGE_SIZE } from './page-size.ts';
import { usePeople } from './use-people.ts';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));
afterEach(() => vi.mocked(api).mockReset());

const person = (n: number) => ({ id: `p${n}`, name: `Person ${n}` }) as Person;
const people = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => person(from + i));

/** Answers GET /api/people from a list of pages keyed by the cursor each starts at. */
function serve(pages: Record<string, { people: Person[]; nextCursor: string | null }>) {
  vi.mocked(api).mockImplementation(async (path: string) => {
    const url = new URL(path, 'http://app.test');
    const page =
      pages[`${url.searchParams.get('q') ?? ''}|${url.searchParams.get('cursor') ?? ''}`];
    if (!page) throw new Error(`no page for ${path}`);
    return page;
  });
}

const requested = () => vi.mocked(api).mock.calls.map(([path]) => path);

describe('the people list, a page at a time', () => {
  it('loads the next page from the last one’s cursor and keeps the rows before it', async () => {
    serve({
      '|': { people: people(1, PEOPLE_PAGE_SIZE), nextCursor: 'after-50' },
      '|after-50': { people: people(51, 3), nextCursor: null },
    });
    const { result } = renderAppHook(() => usePeople(''));
    await waitFor(() => expect(result.current.rows).toHaveLength(PEOPLE_PAGE_SIZE));
    expect(result.current.hasMore).toBe(true);

    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toHaveLength(PEOPLE_PAGE_SIZE + 3));
    expect(result.current.rows.at(-1)?.name).toBe('Person 53');
    expect(result.current.hasMore).toBe(false);
    expect(requested()).toEqual([
      `/api/people?limit=${PEOPLE_PAGE_SIZE}`,
      `/api/people?limit=${PEOPLE_PAGE_SIZE}&cursor=after-50`,
    ]);
  });

  it('starts a search again at its first page, on the server', async () => {
    serve({
      '|': { people: people(1, PEOPLE_PAGE_SIZE), nextCursor: 'after-50' },
      'zoe|': { people: [person(99)], nextCursor: null },
    });
    const { result, rerender } = renderAppHook((props: { q: string }) => usePeople(props.q), {
      initialProps: { q: '' },
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(PEOPLE_PAGE_SIZE));
    rerender({ q: 'zoe' });
    await waitFor(() => expect(result.current.rows.map((p) => p.id)).toEqual(['p99']));
    expect(result.current.hasMore).toBe(false);
    expect(requested().at(-1)).toBe(`/api/people?q=zoe&limit=${PEOPLE_PAGE_SIZE}`);
  });
});
