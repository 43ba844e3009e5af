import { Alert, Anchor, List } from '@mantine/core';

import type { PlacedIssue } from './policy-issues.ts';

type ProblemsAlertProps = {
  count: number;
  issues: readonly PlacedIssue[];
  onOpen: (issue: PlacedIssue) => void;
};

/** Every problem that blocks publishing, each a link to the editor where it is fixed. */
export function ProblemsAlert({ count, issues, onOpen }: ProblemsAlertProps) {
  if (count === 0) return null;
  return (
    <Alert
      color="red"
      title={
        count === 1
          ? 'One problem to fix before publishing'
          : `${count} problems to fix before publishing`
      }
    >
      <List size="sm" spacing={2}>
        {issues.map((issue, i) => (
          <List.Item key={`${issue.path}-${i}`}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              c="red.9"
              onClick={() => onOpen(issue)}
            >
              {issue.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
