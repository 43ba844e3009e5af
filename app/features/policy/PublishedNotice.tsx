import { Alert, Anchor } from '@mantine/core';

import type { PublishOutcome } from './types.ts';

export type JustPublished = PublishOutcome & { note: string };

type PublishedNoticeProps = {
  published: JustPublished | null;
  onDismiss: () => void;
  onShowHistory: () => void;
};

/** What the last publish did: in force now, or held until a second admin publishes it. */
export function PublishedNotice({ published, onDismiss, onShowHistory }: PublishedNoticeProps) {
  if (!published) return null;
  if (published.status === 'awaiting_second_admin')
    return (
      <Alert
        color="yellow"
        title={`Version ${published.version} waits for a second admin`}
        role="status"
        withCloseButton
        closeButtonLabel="Dismiss"
        onClose={onDismiss}
      >
        It raises your own authority ({published.raises.join('; ')}), so another admin must publish
        it. They have been told; nothing changes until they do.
      </Alert>
    );
  return (
    <Alert
      color="leeway"
      title={`Version ${published.version} published`}
      role="status"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      Version {published.version} is in force now: every decision from here on is made, and
      recorded, under it. Note: “{published.note}”{' '}
      <Anchor component="button" type="button" size="sm" onClick={onShowHistory}>
        See the history
      </Anchor>
    </Alert>
  );
}
