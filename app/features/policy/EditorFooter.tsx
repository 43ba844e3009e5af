import { Button, Group } from '@mantine/core';

type EditorFooterProps = {
  isNew: boolean;
  removeLabel: string;
  onRemove: (() => void) | null;
  onCancel: () => void;
};

/** Remove on the left, Cancel and Apply on the right, staying right-aligned when a narrow panel wraps them. */
export function EditorFooter({ isNew, removeLabel, onRemove, onCancel }: EditorFooterProps) {
  return (
    <Group gap="xs" justify="flex-end">
      {onRemove ? (
        <Button color="red" variant="subtle" onClick={onRemove} mr="auto" px="xs">
          {removeLabel}
        </Button>
      ) : null}
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit">{isNew ? 'Add to draft' : 'Apply to draft'}</Button>
    </Group>
  );
}
