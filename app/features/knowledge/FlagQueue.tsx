import { Loader, Notification, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useLiveEvents } from '../live/live-events.ts';
import { FlagList } from './FlagList.tsx';
import { knowledgeKeys, useOpenFlags } from './use-knowledge.ts';

/** A flag just raised, said once where the owner or publisher is looking. */
function useFlagArrivals() {
  const queryClient = useQueryClient();
  const [toast, setToast] = useState<string | null>(null);
  useLiveEvents(['knowledge.flagged'], (event) => {
    void queryClient.invalidateQueries({ queryKey: knowledgeKeys.all });
    const title = typeof event.data.title === 'string' ? event.data.title : 'an article';
    setToast(`New flag on “${title}”`);
  });
  return { toast, dismiss: () => setToast(null) };
}

/** Open flags on the caller's articles (all of them for a publisher), oldest first, live. */
export function FlagQueue() {
  const flags = useOpenFlags();
  const { toast, dismiss } = useFlagArrivals();
  return (
    <>
      <div role="status" aria-live="polite">
        {toast ? (
          <Notification
            onClose={dismiss}
            color="orange"
            title="Flag raised"
            closeButtonProps={{ 'aria-label': 'Dismiss' }}
            style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 300, maxWidth: 360 }}
          >
            {toast}
          </Notification>
        ) : null}
      </div>
      {flags.isError ? (
        <Text c="red.8">{flags.error.message}</Text>
      ) : !flags.data ? (
        <Loader size="sm" role="status" aria-label="Loading the flags" />
      ) : flags.data.length === 0 ? (
        <Text size="sm">No open flags. Articles flagged by anyone show up here at once.</Text>
      ) : (
        <FlagList flags={flags.data} showArticle />
      )}
    </>
  );
}
