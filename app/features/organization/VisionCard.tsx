import { Anchor, Blockquote, Card, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import type { Organization } from '../../api/types.ts';

/** The organization's shared vision of service, shown where reps work so every decision starts from it. */
export function VisionCard({
  organization,
  canEdit,
}: {
  organization: Organization;
  canEdit: boolean;
}) {
  const headingId = useId();
  const vision = organization.vision.trim();

  return (
    <Card component="section" withBorder padding="lg" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="md">
        Our vision of service
      </Title>
      {vision ? (
        <Blockquote
          cite={`— ${organization.name}`}
          p="lg"
          fz="lg"
          style={{ whiteSpace: 'pre-line' }}
          data-testid="vision-statement"
        >
          {vision}
        </Blockquote>
      ) : (
        <Text c="dimmed">
          {organization.name} has not written its vision of service yet.{' '}
          {canEdit ? (
            <Anchor component={Link} to="/settings">
              Write it in Settings
            </Anchor>
          ) : null}
        </Text>
      )}
    </Card>
  );
}
