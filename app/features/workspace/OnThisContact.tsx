import { Stack, Title } from '@mantine/core';

import type { Resolution } from './api-types.ts';
import { ResolutionLine } from './CustomerHistory.tsx';

type OnThisContactProps = {
  resolutions: readonly Resolution[];
  fresher: Resolution | null;
  labelOf: (type: string) => string;
  now: number;
};

/** What this contact has had so far, so the rep sees the running total before asking for more. */
export function OnThisContact({ resolutions, fresher, labelOf, now }: OnThisContactProps) {
  if (resolutions.length === 0) return null;
  return (
    <div>
      <Title order={3} size="h6" mb={2}>
        On this contact
      </Title>
      <Stack gap={2}>
        {resolutions.map((r) => (
          // The request being watched refetches first; the contact's list catches up a moment later.
          <ResolutionLine
            key={r.id}
            resolution={fresher?.id === r.id ? fresher : r}
            labelOf={labelOf}
            now={now}
          />
        ))}
      </Stack>
    </div>
  );
}
