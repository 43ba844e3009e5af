import { Alert, Button, Group, Modal, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { ChangesList } from './ChangesList.tsx';
import type { Change } from './policy-diff.ts';

type PublishModalProps = {
  opened: boolean;
  onClose: () => void;
  nextVersion: number;
  publishedVersion: number;
  changes: readonly Change[];
  problemCount: number;
  publishing: boolean;
  error: Error | null;
  onPublish: (note: string) => void;
};

function ProblemsNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Alert color="red" title="Not ready to publish">
      The draft has {count === 1 ? 'one problem' : `${count} problems`}. Fix{' '}
      {count === 1 ? 'it' : 'them'} first: they are marked in red.
    </Alert>
  );
}

/** Publishing with a note, once the draft has no problems; what it changes is listed above the note. */
export function PublishModal(props: PublishModalProps) {
  const { opened, onClose, nextVersion, problemCount, error, onPublish } = props;
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteMissing = note.trim() === '';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': 'Close' }}
      title={`Publish version ${nextVersion}`}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!noteMissing && problemCount === 0) onPublish(note.trim());
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Once published, version {nextVersion} is in force at once: every decision from then on
            is made, and recorded, under it. Published versions cannot be changed.
          </Text>
          <ScrollArea.Autosize mah={260} type="auto">
            <ChangesList changes={props.changes} publishedVersion={props.publishedVersion} />
          </ScrollArea.Autosize>
          <ProblemsNotice count={problemCount} />
          <Textarea
            label="Note"
            description="What changed and why. It is kept with the version and shown in the history."
            required
            autosize
            minRows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={tried && noteMissing ? 'Say what changed and why' : undefined}
            data-autofocus
          />
          {error ? (
            <Alert color="red" title="Not published">
              {error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={props.publishing} disabled={problemCount > 0}>
              Publish version {nextVersion}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
