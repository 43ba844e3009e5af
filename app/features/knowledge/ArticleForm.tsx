import {
  MultiSelect,
  SegmentedControl,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId } from 'react';

import type { ArticleDraft, DraftErrors } from './article-draft.ts';

type ArticleFormProps = {
  draft: ArticleDraft;
  onChange: (draft: ArticleDraft) => void;
  errors: DraftErrors;
  /** The policy's resolution types, for the article to belong to. */
  typeOptions: { value: string; label: string }[];
};

/** An article's fields, as KCS structures them: problem, context, resolution, cause. */
export function ArticleForm({ draft, onChange, errors, typeOptions }: ArticleFormProps) {
  const visibilityId = useId();
  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <Stack gap="sm">
      <TextInput
        label="Title"
        required
        value={draft.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        maxLength={200}
        data-autofocus
      />
      <Textarea
        label="Problem"
        description="In the customer’s words"
        required
        value={draft.problem}
        onChange={(e) => set('problem', e.currentTarget.value)}
        error={errors.problem}
        autosize
        minRows={2}
        maxLength={4000}
      />
      <Textarea
        label="Context"
        description="Product, channel, order type…"
        value={draft.context}
        onChange={(e) => set('context', e.currentTarget.value)}
        autosize
        minRows={1}
        maxLength={4000}
      />
      <Textarea
        label="Resolution"
        description="Markdown: lists, **bold**, links"
        required
        value={draft.resolution}
        onChange={(e) => set('resolution', e.currentTarget.value)}
        error={errors.resolution}
        autosize
        minRows={4}
        maxLength={20_000}
      />
      <Textarea
        label="Cause"
        value={draft.cause}
        onChange={(e) => set('cause', e.currentTarget.value)}
        autosize
        minRows={1}
        maxLength={4000}
      />
      <div>
        <Text size="sm" fw={500} id={visibilityId}>
          Visibility
        </Text>
        <SegmentedControl
          aria-labelledby={visibilityId}
          value={draft.visibility}
          onChange={(value) => set('visibility', value === 'external' ? 'external' : 'internal')}
          data={[
            { value: 'internal', label: 'Internal' },
            { value: 'external', label: 'External' },
          ]}
        />
      </div>
      <MultiSelect
        label="Resolution types"
        data={typeOptions}
        value={draft.typeKeys}
        onChange={(value) => set('typeKeys', value)}
        searchable
        clearable
      />
      <TagsInput
        label="Tags"
        value={draft.tags}
        onChange={(value) => set('tags', value)}
        maxTags={30}
      />
    </Stack>
  );
}
