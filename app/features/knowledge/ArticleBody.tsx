import { Badge, Group, Stack, Text, Title } from '@mantine/core';

import { visibilityLabels, type Article } from './api-types.ts';
import { ArticleMarkdown } from './ArticleMarkdown.tsx';
import { StateBadge } from './StateBadge.tsx';

function Section({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Title order={3} size="h6" c="dimmed" tt="uppercase">
        {label}
      </Title>
      {children}
    </div>
  );
}

/** What an article says, as a rep reads it on a call: the problem first, then what to do. */
export function ArticleBody({ article }: { article: Article }) {
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <StateBadge state={article.state} />
        <Badge variant="outline" color="gray" size="sm">
          {visibilityLabels[article.visibility]}
        </Badge>
        {article.tags.map((tag) => (
          <Badge key={tag} variant="default" size="sm">
            {tag}
          </Badge>
        ))}
      </Group>
      <Section label="Problem">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {article.problem}
        </Text>
      </Section>
      {article.context ? (
        <Section label="Context">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {article.context}
          </Text>
        </Section>
      ) : null}
      <Section label="Resolution">
        <ArticleMarkdown source={article.resolution} />
      </Section>
      {article.cause ? (
        <Section label="Cause">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {article.cause}
          </Text>
        </Section>
      ) : null}
      <Text size="xs" c="dimmed">
        Version {article.version}
        {article.owner ? ` · owned by ${article.owner.name}` : ''} · reused {article.reuseCount}{' '}
        {article.reuseCount === 1 ? 'time' : 'times'}
        {article.openFlagCount > 0 ? ` · ${article.openFlagCount} open flag(s)` : ''}
      </Text>
    </Stack>
  );
}
