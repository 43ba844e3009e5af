import { Alert, Loader, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { useSession } from '../auth/session.ts';
import { CedarExport } from './CedarExport.tsx';
import { DiscardDraftModal } from './DiscardDraftModal.tsx';
import { DraftBar } from './DraftBar.tsx';
import { isTab, panelForIssue, type Panel, type Tab } from './policy-panel.ts';
import { PolicyDrawer } from './PolicyDrawer.tsx';
import { PolicyTabs } from './PolicyTabs.tsx';
import { ProblemsAlert } from './ProblemsAlert.tsx';
import { PublishedNotice, type JustPublished } from './PublishedNotice.tsx';
import { PublishModal } from './PublishModal.tsx';
import { PublishRequestNote } from './PublishRequestNote.tsx';
import { usePolicyEditor, type PolicyEditor as PolicyEditorState } from './use-policy-editor.ts';

/** The open tab lives in the address (?tab=…), so a link or a reload lands on it; limits is the default. */
function useTab() {
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'limits';
  const setTab = (next: string | null) =>
    setParams(next && next !== 'limits' ? { tab: next } : {}, { replace: true });
  return [tab, setTab] as const;
}

type DraftHeaderProps = {
  editor: PolicyEditorState;
  timeZone: string;
  justPublished: JustPublished | null;
  onDismissPublished: () => void;
  onShowTab: (tab: Tab) => void;
  onDiscard: () => void;
  onPublish: () => void;
};

/** Above the tabs: what the last publish did, a publish waiting for this admin, and the draft's bar. */
function DraftHeader({ editor, timeZone, ...props }: DraftHeaderProps) {
  return (
    <>
      <PublishedNotice
        published={props.justPublished}
        onDismiss={props.onDismissPublished}
        onShowHistory={() => props.onShowTab('history')}
      />
      {editor.serverDraft?.publishRequest ? (
        <PublishRequestNote request={editor.serverDraft.publishRequest} timeZone={timeZone} />
      ) : null}
      <DraftBar
        editor={editor}
        timeZone={timeZone}
        onDiscard={props.onDiscard}
        onPublish={props.onPublish}
        onShowChanges={() => props.onShowTab('changes')}
        exportButton={editor.published ? <CedarExport version={editor.published.version} /> : null}
      />
    </>
  );
}

type DraftDialogsProps = {
  editor: PolicyEditorState;
  publishedVersion: number;
  discardOpen: boolean;
  publishOpen: boolean;
  onCloseDiscard: () => void;
  onClosePublish: () => void;
  /** After a discard (null) or a publish: the drawer closes, and a publish is announced. */
  onDone: (published: JustPublished | null) => void;
};

/** Discarding and publishing the draft, each behind its own confirmation. */
function DraftDialogs({ editor, publishedVersion, ...props }: DraftDialogsProps) {
  return (
    <>
      <DiscardDraftModal
        opened={props.discardOpen}
        changeCount={editor.changes.length}
        publishedVersion={publishedVersion}
        discarding={editor.discarding}
        onKeep={props.onCloseDiscard}
        onDiscard={() =>
          void editor.discard().then(() => {
            props.onCloseDiscard();
            props.onDone(null);
          })
        }
      />
      <PublishModal
        key={props.publishOpen ? 'open' : 'closed'}
        opened={props.publishOpen}
        onClose={props.onClosePublish}
        nextVersion={editor.serverDraft?.version ?? publishedVersion + 1}
        publishedVersion={publishedVersion}
        changes={editor.changes}
        problemCount={editor.issues.length}
        publishing={editor.publishing}
        error={editor.publishError ?? (editor.saveState === 'failed' ? editor.saveError : null)}
        onPublish={(note) =>
          void editor
            .publish(note)
            .then((outcome) => {
              props.onClosePublish();
              props.onDone({ ...outcome, note });
            })
            .catch(() => undefined)
        }
      />
    </>
  );
}

/** The discard and publish confirmations, and what the last publish did. */
function useDraftActions(editor: PolicyEditorState, closePanel: () => void) {
  const [discardOpen, setDiscardOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [justPublished, setJustPublished] = useState<JustPublished | null>(null);
  return {
    header: {
      justPublished,
      onDismissPublished: () => setJustPublished(null),
      onDiscard: () => setDiscardOpen(true),
      onPublish: () => {
        editor.resetPublish();
        setPublishOpen(true);
      },
    },
    dialogs: {
      discardOpen,
      publishOpen,
      onCloseDiscard: () => setDiscardOpen(false),
      onClosePublish: () => setPublishOpen(false),
      onDone: (outcome: JustPublished | null) => {
        closePanel();
        if (outcome) setJustPublished(outcome);
      },
    },
  };
}

/** The policy admin: the matrix and everything around it, edited as one draft and published as a version. */
export function PolicyEditor() {
  const { organization } = useSession();
  const timeZone = organization.timeZone;
  const editor = usePolicyEditor(timeZone);
  const [tab, setTab] = useTab();
  const [panel, setPanel] = useState<Panel | null>(null);
  const actions = useDraftActions(editor, () => setPanel(null));
  // Ctrl/Cmd+S saves at once, even from inside a field, instead of the browser's "save page".
  useHotkeys([['mod+S', () => void editor.saveNow().catch(() => undefined)]], []);

  if (editor.loading) return <Loader size="sm" role="status" aria-label="Loading the policy" />;
  if (editor.loadError || !editor.doc || !editor.base || !editor.published || !editor.issueIndex) {
    return (
      <Alert color="red" title="Could not load the policy">
        {editor.loadError?.message ?? 'There is no published policy yet.'}
      </Alert>
    );
  }
  const { doc, base, issueIndex, published, changes } = editor;
  const close = () => setPanel(null);
  const openPlace = (place: { tab: Tab; panel: Panel } | null) => {
    if (!place) return;
    setTab(place.tab);
    setPanel(place.panel);
  };

  return (
    <Stack gap="md">
      <DraftHeader editor={editor} timeZone={timeZone} onShowTab={setTab} {...actions.header} />
      <ProblemsAlert
        count={editor.issues.length}
        issues={issueIndex.all}
        onOpen={(issue) => openPlace(panelForIssue(issue))}
      />
      <PolicyTabs
        tab={tab}
        onTab={setTab}
        doc={doc}
        base={base}
        issueIndex={issueIndex}
        changes={changes}
        publishedVersion={published.version}
        timeZone={timeZone}
        panel={panel}
        onPanel={setPanel}
      />
      <PolicyDrawer
        panel={panel}
        doc={doc}
        base={base}
        issueIndex={issueIndex}
        edit={editor.edit}
        timeZone={timeZone}
        close={close}
      />
      <DraftDialogs editor={editor} publishedVersion={published.version} {...actions.dialogs} />
    </Stack>
  );
}
