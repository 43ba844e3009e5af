import { Alert, List } from '@mantine/core';

/** The policy problems an editor cannot place on a single field, listed above its form. */
export function IssuesAlert({ issues }: { issues: ReadonlyArray<{ message: string }> }) {
  if (issues.length === 0) return null;
  return (
    <Alert color="red" title="Fix before publishing" role="alert">
      <List size="sm">
        {issues.map((i) => (
          <List.Item key={i.message}>{i.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
