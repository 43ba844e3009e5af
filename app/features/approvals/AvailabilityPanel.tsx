import { Alert, Card, Divider, Loader, Stack, Switch, Text, Title } from '@mantine/core';

import { currentState } from './availability-format.ts';
import { OutOfOfficeForm } from './OutOfOfficeForm.tsx';
import type { Availability } from './types.ts';
import { useAvailability, useSetAvailability } from './use-availability.ts';

/** Whether requests are routed to me, and who stands in while I am away. */
export function AvailabilityPanel({ myId }: { myId: string }) {
  const availability = useAvailability();

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="availability-heading">
      <Title order={2} size="h4" id="availability-heading" mb="xs">
        Your availability
      </Title>
      {availability.data ? (
        <AvailabilityForm availability={availability.data} myId={myId} />
      ) : availability.isError ? (
        <Alert color="red" title="Could not load your availability">
          {availability.error.message}
        </Alert>
      ) : (
        <Loader size="sm" role="status" aria-label="Loading availability" />
      )}
    </Card>
  );
}

function AvailabilityForm({ availability, myId }: { availability: Availability; myId: string }) {
  const toggle = useSetAvailability();
  return (
    <Stack gap="sm">
      <Text size="sm" role="status" data-testid="availability-state">
        {currentState(availability)}
      </Text>
      <Switch
        label="Taking requests"
        description="Off: requests go to other approvers, not to you."
        checked={availability.available}
        disabled={toggle.isPending}
        onChange={(event) =>
          toggle.mutate({
            available: event.currentTarget.checked,
            awayUntil: availability.awayUntil,
            delegateId: availability.delegate?.id ?? null,
          })
        }
      />
      {toggle.isError ? (
        <Alert color="red" title="Not changed">
          {toggle.error.message}
        </Alert>
      ) : null}

      <Divider label="Out of office" labelPosition="left" />
      <OutOfOfficeForm availability={availability} myId={myId} />
    </Stack>
  );
}
