import { Badge, Group, Stack, Text } from '@mantine/core';

import type { HeldCertification } from './api-types.ts';
import { daysUntil, formatDate } from './format.ts';
import type { UnlockLine } from './use-unlocks.ts';

type Props = { certifications: HeldCertification[]; unlocks: UnlockLine[]; now: Date };

function standing(c: HeldCertification, now: Date): { label: string; color: string } {
  if (c.revokedAt) return { label: 'Revoked', color: 'red' };
  if (c.expiresAt && new Date(c.expiresAt) <= now) return { label: 'Expired', color: 'red' };
  if (c.expiresAt && daysUntil(c.expiresAt, now) <= 30)
    return { label: 'Expires soon', color: 'orange' };
  return { label: 'In force', color: 'green' };
}

/** What I hold, when it was issued and runs out, and what it lets me decide on my own. */
export function CertificationList({ certifications, unlocks, now }: Props) {
  const notHeld = unlocks.filter((u) => !u.held);
  return (
    <Stack gap="md">
      {certifications.length === 0 ? (
        <Text c="dimmed">You hold no certification yet.</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {certifications.map((c) => {
            const s = standing(c, now);
            const lines = unlocks.filter((u) => u.held && u.certification === c.key);
            return (
              <Stack key={c.id} component="li" gap={2}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{c.title}</Text>
                  <Badge color={s.color} variant="light">
                    {s.label}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  Issued {formatDate(c.issuedAt)}
                  {c.expiresAt ? ` · expires ${formatDate(c.expiresAt)}` : ' · does not expire'}
                </Text>
                {c.unlocks ? <Text size="sm">{c.unlocks}</Text> : null}
                {lines.map((u) => (
                  <Text key={u.line} size="sm" c="green.9">
                    {u.line}
                  </Text>
                ))}
              </Stack>
            );
          })}
        </Stack>
      )}
      {notHeld.length > 0 ? (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            What you could unlock
          </Text>
          {notHeld.map((u) => (
            <Text key={u.line} size="sm">
              {u.line}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
