import { Button, Group, Text } from '@mantine/core';

/**
 * The end of a list read a page at a time: how many rows are shown, and a button for the next page
 * while there is one. A button rather than loading on scroll, so a keyboard or screen-reader user
 * reaches the rest as easily and the page's footer stays reachable.
 */
export function LoadMore({
  list,
  label,
}: {
  /** A list from `usePagedList`: its rows so far, whether there is more, and how to fetch it. */
  list: { rows: readonly unknown[]; hasMore: boolean; loadingMore: boolean; loadMore: () => void };
  /** What the button says, e.g. "Load more people". */
  label: string;
}) {
  const { hasMore, loadingMore: loading, loadMore: onLoadMore } = list;
  const shown = list.rows.length;
  if (!hasMore) return null;
  return (
    <Group justify="center" gap="sm">
      <Text size="sm" c="dimmed">
        Showing the first {shown}.
      </Text>
      <Button variant="default" onClick={onLoadMore} loading={loading}>
        {label}
      </Button>
    </Group>
  );
}
