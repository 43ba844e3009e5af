import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';

import {
  channelLabels,
  type Channel,
  type CustomerProfile,
  type PastResolution,
} from './api-types.ts';
import { describeResolution, humanize, relativeTime } from './history.ts';

const toneColors = {
  granted: 'green.8',
  pending: 'orange.8',
  denied: 'red.8',
  cancelled: 'dimmed',
} as const;

export function ResolutionLine({
  resolution,
  labelOf,
  now,
}: {
  resolution: PastResolution;
  labelOf: (type: string) => string;
  now: number;
}) {
  const line = describeResolution(resolution, labelOf);
  return (
    <Text size="sm">
      <Text span inherit fw={600} c={toneColors[line.tone]}>
        {line.text}
      </Text>
      {` · ${relativeTime(resolution.createdAt, now)} · ${resolution.requestedBy.name}`}
      {resolution.reason ? (
        <Text span inherit c="dimmed">
          {` — “${resolution.reason}”`}
        </Text>
      ) : null}
    </Text>
  );
}

type CustomerHistoryProps = {
  customer: CustomerProfile;
  currentContactId: string;
  labelOf: (type: string) => string;
  now: number;
};

/** Earlier contacts and what each one got, newest first, written the way a rep reads them aloud. */
export function CustomerHistory({
  customer,
  currentContactId,
  labelOf,
  now,
}: CustomerHistoryProps) {
  const headingId = useId();
  const contacts = customer.contacts.filter((c) => c.id !== currentContactId);
  const byContact = new Map<string, PastResolution[]>();
  for (const r of customer.resolutions)
    byContact.set(r.contactId, [...(byContact.get(r.contactId) ?? []), r]);
  const known = new Set(customer.contacts.map((c) => c.id));
  // Resolutions whose contact is older than the contacts the profile lists still belong in the history.
  const orphans = customer.resolutions.filter((r) => !known.has(r.contactId));

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h5" id={headingId} mb="xs">
        Past contacts
      </Title>
      {contacts.length === 0 && orphans.length === 0 ? (
        <Text size="sm" c="dimmed">
          First contact with {customer.name}: no history yet.
        </Text>
      ) : (
        <Stack gap="sm">
          {contacts.map((contact) => {
            const resolutions = byContact.get(contact.id) ?? [];
            return (
              <div key={contact.id}>
                <Text size="sm" fw={500}>
                  {channelLabels[contact.channel as Channel] ?? humanize(contact.channel)} ·{' '}
                  {relativeTime(contact.openedAt, now)} · {contact.openedBy.name}
                </Text>
                {contact.reason ? (
                  <Text size="sm" c="dimmed">
                    {contact.reason}
                  </Text>
                ) : null}
                {resolutions.length > 0 ? (
                  <List size="sm" spacing={2} withPadding>
                    {resolutions.map((r) => (
                      <List.Item key={r.id}>
                        <ResolutionLine resolution={r} labelOf={labelOf} now={now} />
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="xs" c="dimmed">
                    No resolution.
                  </Text>
                )}
              </div>
            );
          })}
          {orphans.map((r) => (
            <ResolutionLine key={r.id} resolution={r} labelOf={labelOf} now={now} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
