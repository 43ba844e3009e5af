import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import type { Flag } from './api-types.ts';
import { useResolveFlag } from './use-knowledge.ts';

const sourceLabels: Record<Flag['source'], string> = {
  person: 'Flagged',
  policy_change: 'Policy changed',
  denied_resolution: 'A linked resolution was denied',
};

function ResolveForm({ flag }: { flag: Flag }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const resolve = useResolveFlag();
  if (!open)
    return (
      <Button size="xs" variant="default" onClick={() => setOpen(true)}>
        Resolve
      </Button>
    );
  const send = () => {
    if (!note.trim()) return setProblem('Say what was done.');
    setProblem(null);
    resolve.mutate({ flagId: flag.id, note: note.trim() });
  };
  return (
    <Stack gap="xs">
      <Textarea
        label="What was done about it?"
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={problem}
        autosize
        minRows={2}
        maxLength={2000}
      />
      {resolve.isError ? (
        <Text size="sm" c="red.8" role="alert">
          Not resolved: {resolve.error.message}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button size="xs" onClick={send} loading={resolve.isPending}>
          Resolve flag
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}

/** Flags with who raised them and why; open ones can be resolved with a note. */
export function FlagList({ flags, showArticle }: { flags: readonly Flag[]; showArticle: boolean }) {
  return (
    <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Flags">
      {flags.map((flag) => (
        <Card component="li" key={flag.id} withBorder padding="sm">
          <Stack gap={6}>
            <Group gap="xs" justify="space-between">
              {showArticle ? (
                <Anchor
                  component={RouterLink}
                  to={`/knowledge?article=${flag.article.id}`}
                  fw={600}
                >
                  {flag.article.title}
                </Anchor>
              ) : (
                <Text size="sm" fw={600}>
                  {sourceLabels[flag.source]}
                </Text>
              )}
              <Badge color={flag.resolvedAt ? 'gray' : 'orange'} variant="light" size="sm">
                {flag.resolvedAt ? 'Resolved' : 'Open'}
              </Badge>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {flag.comment}
            </Text>
            <Text size="xs" c="dimmed">
              {flag.raisedBy ? `${flag.raisedBy.name}` : 'Leeway'} ·{' '}
              {new Date(flag.createdAt).toLocaleString()}
            </Text>
            {flag.resolvedAt ? (
              <Text size="xs">
                Resolved by {flag.resolvedBy?.name ?? 'someone'}: {flag.resolutionNote}
              </Text>
            ) : (
              <ResolveForm flag={flag} />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
