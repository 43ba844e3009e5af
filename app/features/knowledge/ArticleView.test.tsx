import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { api } from '../../api/client.ts';
import { renderApp } from '../../testing/render.tsx';
import type { ArticleAbilities, ArticleDetail, ArticleState } from './api-types.ts';
import { ArticleView } from './ArticleView.tsx';

// The network, at the one function the app calls it through.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));
afterEach(() => vi.mocked(api).mockReset());

function detail(state: ArticleState, can: ArticleAbilities): ArticleDetail {
  const fields = {
    title: 'Missing delivery',
    problem: 'My tent never showed up',
    context: '',
    resolution: 'Check the carrier tracking.',
    cause: null,
    visibility: 'internal' as const,
    state,
    typeKeys: [],
    tags: [],
  };
  return {
    article: {
      id: 'a1',
      ...fields,
      owner: { id: 'p1', name: 'Ada' },
      version: 1,
      createdAt: '2026-12-05T10:00:00.000Z',
      updatedAt: '2026-12-05T10:00:00.000Z',
      reuseCount: 0,
      lastReusedAt: null,
      openFlagCount: 0,
    },
    versions: [{ version: 1, ...fields, author: null, createdAt: '2026-12-05T10:00:00.000Z' }],
    flags: [],
    can,
  };
}

function open(answer: ArticleDetail) {
  vi.mocked(api).mockImplementation(async (path: string) => {
    if (path === '/api/knowledge/articles/a1') return answer;
    throw new Error(`not served here: ${path}`);
  });
  renderApp(<ArticleView articleId="a1" />);
  return screen.findByRole('heading', { level: 1, name: 'Missing delivery' });
}

const buttons = () => screen.getAllByRole('button').map((b) => b.textContent);

describe("the article page offers what the viewer's licence allows", () => {
  it("shows a candidate on their own not-validated article Edit and 'Back to draft', not Validate", async () => {
    await open(detail('not_validated', { edit: true, flag: true, moves: ['draft'] }));
    expect(buttons()).toEqual(expect.arrayContaining(['Edit', 'Flag', 'Back to draft']));
    expect(buttons()).not.toContain('Validate');
    expect(buttons()).not.toContain('Archive');
  });

  it('shows a reader Flag alone', async () => {
    await open(detail('validated', { edit: false, flag: true, moves: [] }));
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Flag' })).toBeTruthy();
    for (const move of ['Back to draft', 'Mark not validated', 'Archive'])
      expect(screen.queryByRole('button', { name: move })).toBeNull();
  });

  it('shows a publisher an archived article without Edit, with Un-archive', async () => {
    await open(
      detail('archived', {
        edit: false,
        flag: true,
        moves: ['draft', 'not_validated', 'validated'],
      }),
    );
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Un-archive' })).toBeTruthy();
  });

  it('renders the body under the title: a # in the resolution is an h3 below the h2 sections', async () => {
    const answer = detail('validated', { edit: true, flag: true, moves: ['archived'] });
    answer.article.resolution = 'First check.\n\n# Steps\n\n## Carrier';
    await open(answer);
    expect(screen.getByRole('heading', { level: 2, name: 'Resolution' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Steps' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Carrier' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'Steps' })).toBeNull();
  });
});
