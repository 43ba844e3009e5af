import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

import { useCedarExport } from './use-policy.ts';

function download(text: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

/** The exported text, to copy, download again or read. */
function CedarText({ text, filename }: { text: string; filename: string }) {
  return (
    <>
      <Group gap="xs">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button size="xs" color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="default" onClick={() => download(text, filename)}>
          Download {filename}
        </Button>
      </Group>
      <ScrollArea h="60vh" type="auto">
        <Code
          block
          aria-label="Cedar policy text"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {text}
        </Code>
      </ScrollArea>
    </>
  );
}

/** "Export as Cedar": downloads the version in force as a .cedar file and shows it, to read or copy. */
export function CedarExport({ version }: { version: number | null }) {
  const [opened, setOpened] = useState(false);
  const cedar = useCedarExport(opened);
  const filename = `leeway-policy-v${version ?? 'current'}.cedar`;
  const downloaded = useRef<string | null>(null);

  // One download per export, when the text arrives; reopening the dialog later downloads again.
  useEffect(() => {
    if (opened && cedar.data && downloaded.current === null) {
      downloaded.current = cedar.data;
      download(cedar.data, filename);
    }
    if (!opened) downloaded.current = null;
  }, [opened, cedar.data, filename]);

  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        Export as Cedar
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title={`Version ${version ?? ''} as Cedar`}
        size="xl"
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            The version in force, as Cedar policies: a request is permitted exactly when Leeway
            decides it is within the person's own authority. Drafts are not exported until
            published.
          </Text>
          {cedar.isPending ? (
            <Loader size="sm" role="status" aria-label="Loading the Cedar export" />
          ) : null}
          {cedar.isError ? (
            <Alert color="red" title="Could not export">
              {cedar.error.message}
            </Alert>
          ) : null}
          {cedar.data ? <CedarText text={cedar.data} filename={filename} /> : null}
        </Stack>
      </Modal>
    </>
  );
}
