import { Badge, Group, Stack, Text, Title } from '@mantine/core';

import { visibilityLabels, type Article } from './api-types.ts';
import { ArticleMarkdown } from './ArticleMarkdown.tsx';
import { StateBadge } from './StateBadge.tsx';

type SectionProps = { label: string; order: 2 | 3; children: React.ReactNode };

function Section({ label, order, children }: SectionProps) {
  return (
    <div>
      <Title order={order} size="h6" c="dimmed" tt="uppercase">
        {label}
      </Title>
      {children}
    </div>
  );
}

/** What an article says, as a rep reads it on a call: the problem first, then what to do. */
export function ArticleBody({
  article,
  headingOrder = 3,
}: {
  article: Article;
  /** 3 under a drawer's title (an h2), 2 on the article's own page (under its h1). */
  headingOrder?: 2 | 3;
}) {
  const order = headingOrder;
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
      <Section order={order} label="Problem">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {article.problem}
        </Text>
      </Section>
      {article.context ? (
        <Section order={order} label="Context">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {article.context}
          </Text>
        </Section>
      ) : null}
      <Section order={order} label="Resolution">
        <ArticleMarkdown source={article.resolution} headingLevel={order === 2 ? 3 : 4} />
      </Section>
      {article.cause ? (
        <Section order={order} label="Cause">
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
