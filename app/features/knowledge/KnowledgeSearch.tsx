import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { stateLabels, visibilityLabels } from './api-types.ts';
import { emptyDraft, type ArticleDraft } from './article-draft.ts';
import { BrowseArticles } from './BrowseArticles.tsx';
import { CreateArticleDrawer } from './CreateArticleDrawer.tsx';
import { ResultList } from './ResultList.tsx';
import { useSearch, type SearchParams } from './use-knowledge.ts';
import { useTypeOptions } from './use-type-options.ts';

const any = { value: '', label: 'Any' };

function Filters({
  params,
  set,
  typeOptions,
}: {
  params: SearchParams;
  set: (change: Partial<SearchParams>) => void;
  typeOptions: { value: string; label: string }[];
}) {
  return (
    <Group gap="xs" align="flex-end">
      <NativeSelect
        label="State"
        value={params.state ?? ''}
        onChange={(e) => set({ state: e.currentTarget.value })}
        data={[any, ...Object.entries(stateLabels).map(([value, label]) => ({ value, label }))]}
      />
      <NativeSelect
        label="Visibility"
        value={params.visibility ?? ''}
        onChange={(e) => set({ visibility: e.currentTarget.value })}
        data={[
          any,
          ...Object.entries(visibilityLabels).map(([value, label]) => ({ value, label })),
        ]}
      />
      <NativeSelect
        label="Resolution type"
        value={params.type ?? ''}
        onChange={(e) => set({ type: e.currentTarget.value })}
        data={[any, ...typeOptions]}
      />
      <TextInput
        label="Tag"
        value={params.tag ?? ''}
        onChange={(e) => set({ tag: e.currentTarget.value })}
        w={140}
      />
    </Group>
  );
}

function Results({ params }: { params: SearchParams }) {
  const navigate = useNavigate();
  const search = useSearch({ ...params, limit: 25 });
  const { q, ...filters } = params;
  if (!q.trim()) return <BrowseArticles filters={filters} />;
  if (search.isError) return <Text c="red.8">{search.error.message}</Text>;
  if (!search.data) return <Loader size="sm" role="status" aria-label="Searching" />;
  if (search.data.length === 0) return <Text size="sm">No article matches.</Text>;
  return (
    <ResultList
      label="Articles found"
      results={search.data}
      onOpen={(r) => void navigate(`/knowledge?article=${r.article.id}`)}
    />
  );
}

/** The knowledge base: browse or search with filters, and a new article. */
export function KnowledgeSearch() {
  const typeOptions = useTypeOptions();
  const navigate = useNavigate();
  const [params, setParams] = useState<SearchParams>({ q: '' });
  const [debounced] = useDebouncedValue(params, 300);
  const [creating, setCreating] = useState<ArticleDraft | null>(null);
  const set = (change: Partial<SearchParams>) => setParams((p) => ({ ...p, ...change }));
  return (
    <Stack gap="md">
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Search articles"
          type="search"
          value={params.q}
          onChange={(e) => set({ q: e.currentTarget.value })}
          style={{ flex: '1 1 16rem' }}
        />
        <Button variant="light" onClick={() => setCreating(emptyDraft)}>
          New article
        </Button>
      </Group>
      <Filters params={params} set={set} typeOptions={typeOptions} />
      <Results params={debounced} />
      <CreateArticleDrawer
        initial={creating}
        typeOptions={typeOptions}
        onClose={() => setCreating(null)}
        onCreated={(article) => void navigate(`/knowledge?article=${article.id}`)}
      />
    </Stack>
  );
}
