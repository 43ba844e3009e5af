import { Alert, Anchor, Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { Page } from '../../components/Page.tsx';
import { ArticleBody } from './ArticleBody.tsx';
import { ArticleEditor } from './ArticleEditor.tsx';
import { FlagForm } from './FlagForm.tsx';
import { FlagList } from './FlagList.tsx';
import { StateButtons } from './StateButtons.tsx';
import { useArticle } from './use-knowledge.ts';
import { useTypeOptions } from './use-type-options.ts';
import { VersionHistory } from './VersionHistory.tsx';

const back = (
  <Anchor component={RouterLink} to="/knowledge" size="sm">
    ← All articles
  </Anchor>
);

/** One article: read it, fix it (a new version), move it along, compare versions, handle flags. */
export function ArticleView({ articleId }: { articleId: string }) {
  const detail = useArticle(articleId);
  const typeOptions = useTypeOptions();
  const [editing, setEditing] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [flagging, setFlagging] = useState(false);
  if (detail.isError)
    return (
      <Page title="Article">
        {back}
        <Alert color="red" title="This article could not be opened">
          {detail.error.message}
        </Alert>
      </Page>
    );
  if (!detail.data) return <Loader role="status" aria-label="Opening the article" />;
  const { article, flags, can } = detail.data;
  return (
    <Page title={article.title} documentTitle={`${article.title} · Knowledge`}>
      {back}
      {editing ? (
        <ArticleEditor
          key={editorKey}
          article={article}
          typeOptions={typeOptions}
          onDone={() => setEditing(false)}
          onReload={() => void detail.refetch().then(() => setEditorKey((k) => k + 1))}
        />
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            {/* Offered as the server's record policy allows (nobody edits an archived article). */}
            {can.edit ? (
              <Button size="xs" onClick={() => setEditing(true)}>
                Edit
              </Button>
            ) : null}
            {can.flag ? (
              <Button size="xs" variant="default" onClick={() => setFlagging(true)}>
                Flag
              </Button>
            ) : null}
          </Group>
          {flagging ? (
            <FlagForm
              articleId={article.id}
              onSent={() => setFlagging(false)}
              onCancel={() => setFlagging(false)}
            />
          ) : null}
          <StateButtons article={article} allowed={can.moves} />
          <ArticleBody article={article} headingOrder={2} />
        </Stack>
      )}
      <Stack gap="sm">
        <Title order={2} size="h4">
          Flags
        </Title>
        {flags.length > 0 ? <FlagList flags={flags} showArticle={false} /> : 'No flags.'}
      </Stack>
      <VersionHistory key={article.version} detail={detail.data} />
    </Page>
  );
}
