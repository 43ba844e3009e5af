import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import type { Override, PolicyDocument } from '../../../domain/authority/policy.ts';
import type { Person } from '../../api/types.ts';
import { useSession } from '../auth/session.ts';
import { overridePeriod, overrideStatusIn } from '../policy/dates.ts';
import { OverrideForm } from '../policy/OverrideForm.tsx';
import { OverrideStatusBadge } from '../policy/OverrideStatusBadge.tsx';
import { describeOverrideLimits } from '../policy/policy-diff.ts';
import { removeOverride, upsertOverride } from '../policy/policy-edit.ts';
import { useDraftPolicy, usePublishedPolicy, useSaveDraft } from '../policy/use-policy.ts';

/**
 * A person's overrides live in the policy document, so adding or removing one here edits the draft
 * (starting one from the version in force if there is none); it applies once the draft is published.
 */
export function PersonOverrides({ person, timeZone }: { person: Person; timeZone: string }) {
  const published = usePublishedPolicy();
  const draft = useDraftPolicy();
  const save = useSaveDraft();
  const [editing, setEditing] = useState<Override | 'new' | null>(null);
  const { person: me } = useSession();

  if (published.isPending || draft.isPending)
    return <Loader size="xs" role="status" aria-label="Loading overrides" />;
  if (published.isError || draft.isError)
    return <PolicyLoadError error={published.error ?? draft.error} />;
  const doc = draft.data.draft?.document ?? published.data.document;
  const inForce = published.data.document.overrides.filter((o) => o.personId === person.id);
  const mine = doc.overrides.filter((o) => o.personId === person.id);
  const removed = inForce.filter((o) => !mine.some((m) => m.id === o.id));
  // Nobody writes their own overrides (four eyes); the server refuses it too.
  const isMe = me.id === person.id;
  const write = (next: typeof doc) => save.mutate(next, { onSuccess: () => setEditing(null) });

  if (editing !== null) {
    return (
      <Stack gap="sm">
        <OverrideForm
          doc={doc}
          original={editing === 'new' ? null : editing}
          person={{ id: person.id, name: person.name }}
          timeZone={timeZone}
          onApply={(override) => write(upsertOverride(doc, override))}
          onRemove={editing === 'new' ? null : () => write(removeOverride(doc, editing.id))}
          onCancel={() => setEditing(null)}
        />
        <SaveError error={save.error} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Limits for {person.name} alone, for one type and a set period. They are part of the
        authority policy: changes here go into the draft and apply once it is{' '}
        <Anchor component={Link} to="/policy?tab=overrides" size="sm">
          published
        </Anchor>
        .
      </Text>
      {mine.length === 0 && removed.length === 0 ? <Text size="sm">No overrides.</Text> : null}
      {mine.map((o) => (
        <OverrideCard
          key={o.id}
          override={o}
          inForce={inForce}
          doc={doc}
          timeZone={timeZone}
          onEdit={isMe ? null : () => setEditing(o)}
        />
      ))}
      {removed.map((o) => (
        <RemovedOverride key={o.id} override={o} doc={doc} />
      ))}
      {isMe ? (
        <Text size="sm" c="dimmed">
          Your own overrides are added or changed by another admin.
        </Text>
      ) : (
        <Group>
          <Button variant="light" onClick={() => setEditing('new')}>
            Add override
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** One in force that the draft removes, struck through until the draft is published. */
function RemovedOverride({ override: o, doc }: { override: Override; doc: PolicyDocument }) {
  const label = doc.resolutionTypes.find((t) => t.key === o.type)?.label ?? o.type;
  return (
    <Paper withBorder p="sm" style={{ borderStyle: 'dashed' }}>
      <Text size="sm" c="dimmed" td="line-through">
        {label}: {describeOverrideLimits(o, doc.currency)}
      </Text>
      <Text size="xs" c="dimmed">
        Removed in the draft
      </Text>
    </Paper>
  );
}

function PolicyLoadError({ error }: { error: Error | null }) {
  return (
    <Alert color="red" title="Could not load the policy">
      {error?.message}
    </Alert>
  );
}

function SaveError({ error }: { error: Error | null }) {
  if (!error) return null;
  return (
    <Alert color="red" title="Not saved to the draft">
      {error.message}
    </Alert>
  );
}

/** One of the person's overrides in the draft: its status against the version in force, limits and period. */
function OverrideCard(props: {
  override: Override;
  inForce: readonly Override[];
  doc: PolicyDocument;
  timeZone: string;
  onEdit: (() => void) | null;
}) {
  const { override: o, inForce, doc } = props;
  const before = inForce.find((p) => p.id === o.id);
  const label = doc.resolutionTypes.find((t) => t.key === o.type)?.label ?? o.type;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {label}
            </Text>
            <OverrideStatusBadge status={overrideStatusIn(o, inForce, Date.now())} />
            {before && JSON.stringify(before) !== JSON.stringify(o) ? (
              <Badge size="xs" color="blue" variant="light">
                Changed in draft
              </Badge>
            ) : null}
          </Group>
          <Text size="sm">{describeOverrideLimits(o, doc.currency)}</Text>
          <Text size="xs" c="dimmed">
            {overridePeriod(o, props.timeZone)}
            {o.note ? ` · ${o.note}` : ''}
          </Text>
        </Stack>
        {props.onEdit ? (
          <Button
            size="xs"
            variant="light"
            style={{ flexShrink: 0 }}
            onClick={props.onEdit}
            aria-label={`Edit the ${label} override`}
          >
            Edit
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
