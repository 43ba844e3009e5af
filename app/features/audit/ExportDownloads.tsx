import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';

import { useSession } from '../auth/session.ts';
import { dateInZone } from '../policy/dates.ts';
import { exportLinks, rangeProblem, type DateRange } from './export-links.ts';

/** The last 30 days, today included, where the organization is. */
function lastThirtyDays(timeZone: string): DateRange {
  const now = Date.now();
  return {
    from: dateInZone(new Date(now - 29 * 86_400_000), timeZone),
    to: dateInZone(new Date(now), timeZone),
  };
}

/** Links to the streamed exports for a date range; the browser sends the session cookie with each. */
export function ExportDownloads() {
  const { organization } = useSession();
  const [range, setRange] = useState(() => lastThirtyDays(organization.timeZone));
  const problem = rangeProblem(range);
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          Downloads
        </Title>
        <Text>
          Every ledger entry recorded and every resolution requested in the range, days counted in{' '}
          {organization.timeZone}. A JSON Lines file of the ledger re-verifies outside Leeway with
          docs/verify-ledger-export.mjs.
        </Text>
        <Group align="flex-start">
          <TextInput
            type="date"
            label="First day"
            value={range.from}
            onChange={(event) => setRange({ ...range, from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label="Last day"
            value={range.to}
            onChange={(event) => setRange({ ...range, to: event.currentTarget.value })}
          />
        </Group>
        {problem ? (
          <Alert color="red">{problem}</Alert>
        ) : (
          <Group>
            {exportLinks(range, organization.timeZone).map((link) => (
              <Button
                key={link.href}
                component="a"
                href={link.href}
                download={link.fileName}
                variant="light"
              >
                {link.label}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
