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

/** The free-text parts of a KCS article, in the order a rep fills them in. */
const TEXT_AREAS: {
  key: 'problem' | 'context' | 'resolution' | 'cause';
  label: string;
  description?: string;
  required?: boolean;
  minRows: number;
  maxLength: number;
}[] = [
  {
    key: 'problem',
    label: 'Problem',
    description: 'In the customer’s words',
    required: true,
    minRows: 2,
    maxLength: 4000,
  },
  {
    key: 'context',
    label: 'Context',
    description: 'Product, channel, order type…',
    minRows: 1,
    maxLength: 4000,
  },
  {
    key: 'resolution',
    label: 'Resolution',
    description: 'Markdown: lists, **bold**, links',
    required: true,
    minRows: 4,
    maxLength: 20_000,
  },
  { key: 'cause', label: 'Cause', minRows: 1, maxLength: 4000 },
];

/** An article's fields, as KCS structures them: problem, context, resolution, cause. */
export function ArticleForm({ draft, onChange, errors, typeOptions }: ArticleFormProps) {
  const visibilityId = useId();
  const fieldErrors: Partial<Record<keyof ArticleDraft, string>> = errors;
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
      {TEXT_AREAS.map(({ key, ...field }) => (
        <Textarea
          key={key}
          {...field}
          value={draft[key]}
          onChange={(e) => set(key, e.currentTarget.value)}
          error={fieldErrors[key]}
          autosize
        />
      ))}
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
