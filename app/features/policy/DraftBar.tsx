import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDateTime } from './dates.ts';
import type { PolicyEditor } from './use-policy-editor.ts';

type DraftBarProps = {
  editor: PolicyEditor;
  timeZone: string;
  onDiscard: () => void;
  onPublish: () => void;
  onShowChanges: () => void;
  exportButton: ReactNode;
};

function statusText(editor: PolicyEditor, timeZone: string): string {
  const published = editor.published;
  const n = editor.changes.length;
  const changes = n === 0 ? 'no changes yet' : n === 1 ? '1 change' : `${n} changes`;
  switch (editor.saveState) {
    case 'no_draft':
      return published?.publishedAt
        ? `Version ${published.version} has been in force since ${formatDateTime(published.publishedAt, timeZone)}. Any edit starts a draft; reps see nothing until you publish.`
        : 'Any edit starts a draft; reps see nothing until you publish.';
    case 'saving':
      return `Saving the draft… (${changes})`;
    case 'unsaved':
      return editor.structural
        ? `Unsaved edits (${changes}); the draft saves itself when you pause.`
        : 'Some fields are not filled in correctly: fix the ones marked in red and the draft saves itself.';
    case 'failed':
      return `The draft could not be saved: ${editor.saveError?.message ?? 'try again'}`;
    case 'saved':
      return `Draft saved${editor.savedAt ? ` ${formatDateTime(editor.savedAt, timeZone)}` : ''}: ${changes} from version ${published?.version ?? ''}.`;
  }
}

/** The version in force, the draft's, and how many problems stand in the way of publishing it. */
function DraftBadges({ editor }: { editor: PolicyEditor }) {
  const version = editor.published?.version ?? 0;
  const problems = editor.issues.length;
  return (
    <Group gap={6}>
      <Badge color="leeway" variant="light">
        Version {version} in force
      </Badge>
      {editor.hasDraft ? (
        <Badge color="blue" variant="light">
          Draft of version {version + 1}
        </Badge>
      ) : null}
      {problems > 0 ? (
        <Badge color="red" variant="light">
          {problems === 1 ? '1 problem' : `${problems} problems`}
        </Badge>
      ) : null}
    </Group>
  );
}

/** Where the draft stands, and what can be done with it, always in view above the editor. */
export function DraftBar({
  editor,
  timeZone,
  onDiscard,
  onPublish,
  onShowChanges,
  exportButton,
}: DraftBarProps) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" gap="sm" align="center">
        <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <DraftBadges editor={editor} />
          <Text
            size="sm"
            c={editor.saveState === 'failed' ? 'red.8' : 'dimmed'}
            role="status"
            aria-live="polite"
          >
            {statusText(editor, timeZone)}{' '}
            {editor.changes.length > 0 ? (
              <Anchor component="button" type="button" size="sm" onClick={onShowChanges}>
                See{' '}
                {editor.changes.length === 1
                  ? 'the change'
                  : `the ${editor.changes.length} changes`}
              </Anchor>
            ) : null}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            title="Ctrl+S"
            onClick={() => void editor.saveNow().catch(() => undefined)}
            disabled={!editor.dirty || !editor.structural}
            loading={editor.saveState === 'saving'}
          >
            Save draft
          </Button>
          <Button variant="outline" color="red" onClick={onDiscard} disabled={!editor.hasDraft}>
            Discard draft
          </Button>
          <Button onClick={onPublish} disabled={!editor.hasDraft}>
            Publish…
          </Button>
          {exportButton}
        </Group>
      </Group>
    </Paper>
  );
}
