import { Button, Group, Modal, Stack, Text } from '@mantine/core';

import { SnippetText } from './SnippetText.tsx';
import type { ContactKnowledge } from './use-contact-knowledge.ts';
import { useLinkArticle } from './use-knowledge.ts';

/** Before a contact closes with nothing linked: did the top suggestion solve it? Asked once. */
export function CloseOfferModal({ knowledge }: { knowledge: ContactKnowledge }) {
  const { offer, setOffer } = knowledge;
  const link = useLinkArticle(knowledge.contactId);
  const finish = () => {
    offer?.close();
    setOffer(null);
  };
  return (
    <Modal
      opened={offer !== null}
      onClose={finish}
      title="Did this article solve it?"
      closeButtonProps={{ 'aria-label': 'Close the contact without linking' }}
    >
      {offer ? (
        <Stack gap="sm">
          <Text fw={600}>{offer.result.article.title}</Text>
          <SnippetText result={offer.result} />
          {link.isError ? (
            <Text size="sm" c="red.8" role="alert">
              Not linked: {link.error.message}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button
              loading={link.isPending}
              onClick={() =>
                link.mutate(
                  { articleId: offer.result.article.id, query: offer.query },
                  { onSuccess: finish },
                )
              }
            >
              Yes: link it and close
            </Button>
            <Button variant="default" onClick={finish} disabled={link.isPending}>
              No, just close
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
