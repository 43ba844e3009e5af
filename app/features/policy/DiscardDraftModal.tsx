import { Button, Group, Modal, Stack, Text } from '@mantine/core';

type DiscardDraftModalProps = {
  opened: boolean;
  changeCount: number;
  publishedVersion: number;
  discarding: boolean;
  onKeep: () => void;
  onDiscard: () => void;
};

/** Says what is lost, and that the version in force is not. */
export function DiscardDraftModal(props: DiscardDraftModalProps) {
  const { changeCount } = props;
  return (
    <Modal
      opened={props.opened}
      onClose={props.onKeep}
      closeButtonProps={{ 'aria-label': 'Close' }}
      title="Discard the draft?"
    >
      <Stack gap="md">
        <Text size="sm">
          {changeCount === 0
            ? 'The draft has no changes.'
            : `Its ${changeCount === 1 ? 'one change' : `${changeCount} changes`} will be lost.`}{' '}
          Version {props.publishedVersion} stays in force.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onKeep}>
            Keep editing
          </Button>
          <Button color="red" loading={props.discarding} onClick={props.onDiscard}>
            Discard draft
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
