import { Alert, Anchor, Button, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { ArticleBody } from './ArticleBody.tsx';
import { FlagForm } from './FlagForm.tsx';
import { useArticle, useLinkArticle } from './use-knowledge.ts';

export type OpenArticle = { id: string; title: string; query?: string };

type ArticleDrawerProps = {
  article: OpenArticle | null;
  onClose: () => void;
  /** On a contact: "This solved it" links the article to it, "Flag" links it as flagged. */
  contactId?: string | undefined;
  /** Whether the article is already linked to the contact as reused. */
  reused?: boolean;
};

function ContactActions({
  article,
  contactId,
  reused,
  onFlag,
}: {
  article: OpenArticle;
  contactId: string;
  reused: boolean;
  onFlag: () => void;
}) {
  const link = useLinkArticle(contactId);
  const done = reused || link.isSuccess;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          size="sm"
          disabled={done}
          loading={link.isPending}
          onClick={() =>
            link.mutate({
              articleId: article.id,
              ...(article.query ? { query: article.query } : {}),
            })
          }
        >
          {done ? 'Linked to this contact' : 'This solved it'}
        </Button>
        <Button size="sm" variant="default" onClick={onFlag}>
          Flag
        </Button>
      </Group>
      {link.isError ? (
        <Text size="sm" c="red.8" role="alert">
          Not linked: {link.error.message}
        </Text>
      ) : null}
    </Stack>
  );
}

/** An article beside the contact, without leaving it; Escape or the close button returns to the call. */
export function ArticleDrawer({ article, onClose, contactId, reused = false }: ArticleDrawerProps) {
  const detail = useArticle(article?.id ?? null);
  const [flagging, setFlagging] = useState(false);
  const [flagged, setFlagged] = useState(false);
  const close = () => {
    setFlagging(false);
    setFlagged(false);
    onClose();
  };
  return (
    <Drawer
      opened={article !== null}
      onClose={close}
      position="right"
      size="lg"
      title={detail.data?.article.title ?? article?.title ?? 'Article'}
      closeButtonProps={{ 'aria-label': 'Close the article' }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {detail.isError ? (
        <Alert color="red" title="This article could not be opened">
          {detail.error.message}
        </Alert>
      ) : !detail.data || !article ? (
        <Loader role="status" aria-label="Opening the article" />
      ) : (
        <Stack gap="md">
          {contactId && !flagging ? (
            <ContactActions
              article={article}
              contactId={contactId}
              reused={reused}
              onFlag={() => setFlagging(true)}
            />
          ) : null}
          {!contactId && !flagging ? (
            <Group gap="xs">
              <Button size="sm" variant="default" onClick={() => setFlagging(true)}>
                Flag
              </Button>
            </Group>
          ) : null}
          {flagging ? (
            <FlagForm
              articleId={article.id}
              contactId={contactId}
              onSent={() => {
                setFlagging(false);
                setFlagged(true);
              }}
              onCancel={() => setFlagging(false)}
            />
          ) : null}
          {flagged ? (
            <Text size="sm" c="teal.8" role="status">
              Flag sent: the owner and the publishers will see it.
            </Text>
          ) : null}
          <ArticleBody article={detail.data.article} />
          <Anchor component={RouterLink} to={`/knowledge?article=${article.id}`} size="sm">
            Open the article page (versions, flags, edit)
          </Anchor>
        </Stack>
      )}
    </Drawer>
  );
}
