import { Box, Button, Collapse } from '@mantine/core';
import { useId, useState } from 'react';

import { CustomerHistory } from './CustomerHistory.tsx';

/** The customer's past requests, loaded only when asked for. */
export function HistoryToggle({
  customerId,
  resolutionId,
}: {
  customerId: string;
  resolutionId: string;
}) {
  const [open, setOpen] = useState(false);
  const historyId = useId();
  return (
    <Box>
      <Button
        variant="subtle"
        size="compact-sm"
        px={4}
        aria-expanded={open}
        aria-controls={historyId}
        onClick={(event) => {
          event.stopPropagation();
          setOpen((was) => !was);
        }}
      >
        {open ? 'Hide customer history' : 'Customer history'}
      </Button>
      <Collapse expanded={open} id={historyId}>
        <Box pt="xs">
          {open ? (
            <CustomerHistory customerId={customerId} currentResolutionId={resolutionId} />
          ) : null}
        </Box>
      </Collapse>
    </Box>
  );
}
