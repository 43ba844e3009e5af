import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';

import { useSession } from '../auth/session.ts';
import { formatDateTime } from '../policy/dates.ts';
import {
  useLedgerStatus,
  useSignCheckpoint,
  type LedgerCheckpoint,
  type LedgerVerification,
} from './use-ledger-status.ts';

function Verdict({ result }: { result: LedgerVerification }) {
  if (result.ok && result.entries === 0)
    return (
      <Alert color="green" title="The ledger is intact">
        It has no entries yet: nothing has been decided.
      </Alert>
    );
  if (result.ok)
    return (
      <Alert color="green" title="The ledger is intact">
        All {result.entries} entries check out, each against the one before it, up to entry{' '}
        {result.headSeq}, where the ledger ends.
      </Alert>
    );
  return (
    <Alert color="red" title={`The ledger is broken at entry ${result.firstBrokenSeq ?? '?'}`}>
      {result.problem ?? 'An entry does not match its hash.'} {result.entries} entries were read.
    </Alert>
  );
}

function Checkpoint({ checkpoint }: { checkpoint: LedgerCheckpoint | null }) {
  const { organization } = useSession();
  if (!checkpoint) return <Text>No checkpoint has been signed yet.</Text>;
  return (
    <Text>
      Last signed checkpoint: {checkpoint.treeSize} entries, signed{' '}
      {formatDateTime(checkpoint.issuedAt, organization.timeZone)}
      {checkpoint.issuedBy ? ` by ${checkpoint.issuedBy.name}` : ' by the operator'}; root hash{' '}
      <Text span ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {checkpoint.rootHash}
      </Text>
      .
    </Text>
  );
}

/** The server's verification of the whole chain, and the last checkpoint an auditor can keep. */
export function LedgerStatus() {
  const { verification, checkpoint } = useLedgerStatus();
  const sign = useSignCheckpoint();
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          Verification
        </Title>
        {verification.data ? (
          <Verdict result={verification.data} />
        ) : verification.isError ? (
          <Alert color="red" title="The ledger could not be verified">
            {verification.error.message}
          </Alert>
        ) : (
          <Loader size="sm" role="status" aria-label="Verifying the ledger" />
        )}
        {checkpoint.isSuccess ? <Checkpoint checkpoint={checkpoint.data} /> : null}
        {sign.isError ? (
          <Alert color="red" title="No checkpoint was signed">
            {sign.error.message}
          </Alert>
        ) : null}
        <Group>
          <Button
            variant="default"
            onClick={() => void verification.refetch()}
            loading={verification.isFetching}
          >
            Verify again
          </Button>
          <Button variant="default" onClick={() => sign.mutate()} loading={sign.isPending}>
            Sign a checkpoint now
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
