import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { api } from '../../api/client.ts';
import { renderApp } from '../../testing/render.tsx';
import type { ListedArticle } from './api-types.ts';
import { BrowseArticles } from './BrowseArticles.tsx';
import { TypeArticles } from './TypeArticles.tsx';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));
afterEach(() => vi.mocked(api).mockReset());

const listed = (n: number): ListedArticle => ({
  id: `a${n}`,
  title: `Article ${n}`,
  state: 'validated',
  visibility: 'internal',
  typeKeys: ['refund'],
  tags: [],
  problem: `Problem ${n}`,
  reuseCount: 0,
  createdAt: '2026-12-05T10:00:00.000Z',
  updatedAt: '2026-12-05T10:00:00.000Z',
});

/** Answers GET /api/knowledge/articles by its cursor; anything else is not expected. */
function serve(pages: Record<string, { articles: ListedArticle[]; nextCursor: string | null }>) {
  vi.mocked(api).mockImplementation(async (path: string) => {
    const url = new URL(path, 'http://app.test');
    const page =
      url.pathname === '/api/knowledge/articles' && pages[url.searchParams.get('cursor') ?? ''];
    if (!page) throw new Error(`not served here: ${path}`);
    return page;
  });
}
const requested = () => vi.mocked(api).mock.calls.map(([path]) => path);

describe('the articles beside a resolution type’s guidelines', () => {
  it('come from the list (validated, of the type), never from search, so no search is logged', async () => {
    serve({ '': { articles: [listed(1), listed(2)], nextCursor: null } });
    renderApp(
      <TypeArticles
        typeKey="refund"
        typeLabel="Refund"
        contact={{ id: 'c1', reason: 'Tent never came', status: 'open' }}
      />,
    );
    const list = await screen.findByRole('list', { name: 'Validated articles for refund' });
    expect(list.textContent).toContain('Article 2');
    expect(requested()).toEqual(['/api/knowledge/articles?type=refund&state=validated&limit=5']);
    expect(requested().some((path) => path.includes('/search'))).toBe(false);
  });
});

describe('browsing before anything is typed', () => {
  it('lists the newest first and loads the next page from the last one’s cursor', async () => {
    serve({
      '': { articles: [listed(1), listed(2)], nextCursor: 'after-2' },
      'after-2': { articles: [listed(3)], nextCursor: null },
    });
    renderApp(<BrowseArticles filters={{ state: 'validated' }} />);
    await screen.findByRole('list', { name: 'Articles, newest first' });
    fireEvent.click(screen.getByRole('button', { name: 'Load more articles' }));
    await screen.findByText('Article 3');
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Load more articles' })).toBeNull(),
    );
    expect(requested()).toEqual([
      '/api/knowledge/articles?state=validated&limit=25',
      '/api/knowledge/articles?state=validated&limit=25&cursor=after-2',
    ]);
  });
});
