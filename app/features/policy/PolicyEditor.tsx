import {
  Alert,
  Anchor,
  Badge,
  Button,
  Drawer,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Tabs,
  Text,
  useMantineTheme,
} from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { useSession } from '../auth/session.ts';
import { usePeople } from '../people/use-people.ts';
import { AuthorityGrid, type GridSelection } from './AuthorityGrid.tsx';
import { CedarExport } from './CedarExport.tsx';
import { CellEditor } from './CellEditor.tsx';
import { ChangesList } from './ChangesList.tsx';
import { ConditionEditor } from './ConditionEditor.tsx';
import { Conditions } from './Conditions.tsx';
import { ContactLimitEditor } from './ContactLimitEditor.tsx';
import { DraftBar } from './DraftBar.tsx';
import { OverrideForm } from './OverrideForm.tsx';
import { Overrides } from './Overrides.tsx';
import {
  cellKey,
  removeCondition,
  removeOverride,
  removeType,
  ruleFor,
  setContactLimit,
  setRule,
  upsertCondition,
  upsertOverride,
  upsertType,
} from './policy-edit.ts';
import type { PlacedIssue } from './policy-issues.ts';
import { PublishModal } from './PublishModal.tsx';
import { PublishRequestNote } from './PublishRequestNote.tsx';
import { ResolutionTypes } from './ResolutionTypes.tsx';
import { TypeEditor } from './TypeEditor.tsx';
import type { PublishOutcome } from './types.ts';
import { usePolicyEditor } from './use-policy-editor.ts';
import { VersionHistory } from './VersionHistory.tsx';

type Panel =
  | GridSelection
  | { kind: 'type'; key: string | null }
  | { kind: 'condition'; index: number | null }
  | { kind: 'override'; id: string | null };

const tabs = ['limits', 'types', 'conditions', 'overrides', 'changes', 'history'] as const;
type Tab = (typeof tabs)[number];
const isTab = (value: string | null): value is Tab => tabs.includes(value as Tab);

/** The policy admin: the matrix and everything around it, edited as one draft and published as a version. */
export function PolicyEditor() {
  const { organization } = useSession();
  const timeZone = organization.timeZone;
  const editor = usePolicyEditor(timeZone);
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, {
    getInitialValueInEffect: false,
  });
  const [params, setParams] = useSearchParams();
  const tab: Tab = isTab(params.get('tab')) ? (params.get('tab') as Tab) : 'limits';
  const setTab = (next: string | null) =>
    setParams(next && next !== 'limits' ? { tab: next } : {}, { replace: true });
  const [panel, setPanel] = useState<Panel | null>(null);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const [justPublished, setJustPublished] = useState<(PublishOutcome & { note: string }) | null>(
    null,
  );
  const people = usePeople('');
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
  const { doc, base, issueIndex } = editor;
  const close = () => setPanel(null);

  const openIssue = (issue: PlacedIssue) => {
    if (issue.path.startsWith('rules') && issue.level && issue.type) {
      setTab('limits');
      setPanel({ kind: 'rule', level: issue.level, type: issue.type });
    } else if (issue.path.startsWith('contactLimits') && issue.level) {
      setTab('limits');
      setPanel({ kind: 'contact', level: issue.level });
    } else if (issue.path.startsWith('resolutionTypes') && issue.type) {
      setTab('types');
      setPanel({ kind: 'type', key: issue.type });
    } else if (issue.conditionIndex !== undefined) {
      setTab('conditions');
      setPanel({ kind: 'condition', index: issue.conditionIndex });
    } else if (issue.overrideId !== undefined) {
      setTab('overrides');
      setPanel({ kind: 'override', id: issue.overrideId });
    }
  };

  const levelName = (key: string) => doc.levels.find((l) => l.key === key)?.name ?? key;
  const typeLabel = (key: string) => doc.resolutionTypes.find((t) => t.key === key)?.label ?? key;

  const drawer = (() => {
    if (!panel) return null;
    switch (panel.kind) {
      case 'rule':
        return {
          title: `${levelName(panel.level)} × ${typeLabel(panel.type)}`,
          body: (
            <CellEditor
              key={cellKey(panel.level, panel.type)}
              doc={doc}
              published={base}
              level={panel.level}
              type={panel.type}
              issues={issueIndex.byCell.get(cellKey(panel.level, panel.type)) ?? []}
              onChange={(update) => editor.edit((d) => setRule(d, panel.level, panel.type, update))}
              onRevert={() =>
                editor.edit((d) => {
                  const before = ruleFor(base, panel.level, panel.type);
                  const without = {
                    ...d,
                    rules: d.rules.filter(
                      (r) => !(r.level === panel.level && r.type === panel.type),
                    ),
                  };
                  return before ? setRule(without, panel.level, panel.type, () => before) : without;
                })
              }
              onDone={close}
            />
          ),
        };
      case 'contact':
        return {
          title: `${levelName(panel.level)}: total per contact`,
          body: (
            <ContactLimitEditor
              key={panel.level}
              doc={doc}
              published={base}
              level={panel.level}
              issues={issueIndex.byContact.get(panel.level) ?? []}
              onChange={(minor) => editor.edit((d) => setContactLimit(d, panel.level, minor))}
              onDone={close}
            />
          ),
        };
      case 'type': {
        const original =
          panel.key === null
            ? null
            : (doc.resolutionTypes.find((t) => t.key === panel.key) ?? null);
        const published =
          panel.key !== null && base.resolutionTypes.some((t) => t.key === panel.key);
        return {
          title: original ? `Resolution type: ${original.label}` : 'New resolution type',
          body: (
            <TypeEditor
              key={panel.key ?? 'new'}
              doc={doc}
              original={original}
              keyLocked={published}
              issues={panel.key ? (issueIndex.byType.get(panel.key) ?? []) : []}
              onApply={(type) => {
                editor.edit((d) => upsertType(d, panel.key, type));
                close();
              }}
              onRemove={
                original && !published
                  ? () => {
                      editor.edit((d) => removeType(d, original.key));
                      close();
                    }
                  : null
              }
              onCancel={close}
            />
          ),
        };
      }
      case 'condition': {
        const original = panel.index === null ? null : (doc.conditions[panel.index] ?? null);
        return {
          title: original ? 'Edit condition' : 'New condition',
          body: (
            <ConditionEditor
              key={panel.index ?? 'new'}
              doc={doc}
              original={original}
              issues={panel.index === null ? [] : (issueIndex.byCondition.get(panel.index) ?? [])}
              onApply={(condition) => {
                editor.edit((d) => upsertCondition(d, panel.index, condition));
                close();
              }}
              onRemove={
                panel.index === null
                  ? null
                  : () => {
                      const index = panel.index as number;
                      editor.edit((d) => removeCondition(d, index));
                      close();
                    }
              }
              onCancel={close}
            />
          ),
        };
      }
      case 'override': {
        const original =
          panel.id === null ? null : (doc.overrides.find((o) => o.id === panel.id) ?? null);
        return {
          title: original
            ? `Override for ${original.personName || original.personId}`
            : 'New personal override',
          body: (
            <OverrideForm
              key={panel.id ?? 'new'}
              doc={doc}
              original={original}
              people={(people.data ?? [])
                .filter((p) => p.active)
                .map((p) => ({ id: p.id, name: p.name }))}
              timeZone={timeZone}
              issues={panel.id ? (issueIndex.byOverride.get(panel.id) ?? []) : []}
              onApply={(override) => {
                editor.edit((d) => upsertOverride(d, override));
                close();
              }}
              onRemove={
                original
                  ? () => {
                      editor.edit((d) => removeOverride(d, original.id));
                      close();
                    }
                  : null
              }
              onCancel={close}
            />
          ),
        };
      }
    }
  })();

  return (
    <Stack gap="md">
      {justPublished?.status === 'awaiting_second_admin' ? (
        <Alert
          color="yellow"
          title={`Version ${justPublished.version} waits for a second admin`}
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setJustPublished(null)}
        >
          It raises your own authority ({justPublished.raises.join('; ')}), so another admin must
          publish it. They have been told; nothing changes until they do.
        </Alert>
      ) : justPublished ? (
        <Alert
          color="leeway"
          title={`Version ${justPublished.version} published`}
          role="status"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setJustPublished(null)}
        >
          Version {justPublished.version} is in force now: every decision from here on is made, and
          recorded, under it. Note: “{justPublished.note}”{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => setTab('history')}>
            See the history
          </Anchor>
        </Alert>
      ) : null}

      {editor.serverDraft?.publishRequest ? (
        <PublishRequestNote request={editor.serverDraft.publishRequest} timeZone={timeZone} />
      ) : null}

      <DraftBar
        editor={editor}
        timeZone={timeZone}
        onDiscard={() => setConfirmDiscard(true)}
        onPublish={() => {
          editor.resetPublish();
          setPublishOpen(true);
        }}
        onShowChanges={() => setTab('changes')}
        exportButton={<CedarExport version={editor.published.version} />}
      />

      {editor.issues.length > 0 ? (
        <Alert
          color="red"
          title={
            editor.issues.length === 1
              ? 'One problem to fix before publishing'
              : `${editor.issues.length} problems to fix before publishing`
          }
        >
          <List size="sm" spacing={2}>
            {issueIndex.all.map((issue, i) => (
              <List.Item key={`${issue.path}-${i}`}>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  c="red.9"
                  onClick={() => openIssue(issue)}
                >
                  {issue.message}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="limits">Limits</Tabs.Tab>
          <Tabs.Tab value="types">Resolution types</Tabs.Tab>
          <Tabs.Tab value="conditions">Conditions</Tabs.Tab>
          <Tabs.Tab value="overrides">Overrides</Tabs.Tab>
          <Tabs.Tab
            value="changes"
            rightSection={
              editor.changes.length > 0 ? (
                <Badge size="sm" color="blue" variant="filled" circle={editor.changes.length < 10}>
                  {editor.changes.length}
                </Badge>
              ) : null
            }
          >
            Changes
          </Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="limits" pt="md">
          <AuthorityGrid
            doc={doc}
            issues={issueIndex}
            changes={editor.changes}
            selection={panel?.kind === 'rule' || panel?.kind === 'contact' ? panel : null}
            onSelect={setPanel}
          />
        </Tabs.Panel>
        <Tabs.Panel value="types" pt="md">
          <ResolutionTypes
            doc={doc}
            published={base}
            issues={issueIndex}
            onEdit={(key) => setPanel({ kind: 'type', key })}
            onAdd={() => setPanel({ kind: 'type', key: null })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="conditions" pt="md">
          <Conditions
            doc={doc}
            published={base}
            issues={issueIndex}
            onEdit={(index) => setPanel({ kind: 'condition', index })}
            onAdd={() => setPanel({ kind: 'condition', index: null })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="overrides" pt="md">
          <Overrides
            doc={doc}
            published={base}
            issues={issueIndex}
            timeZone={timeZone}
            onEdit={(id) => setPanel({ kind: 'override', id })}
            onAdd={() => setPanel({ kind: 'override', id: null })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="md">
          <ChangesList changes={editor.changes} publishedVersion={editor.published.version} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <VersionHistory timeZone={timeZone} inForce={editor.published.version} />
        </Tabs.Panel>
      </Tabs>

      <Drawer
        opened={drawer !== null}
        onClose={close}
        closeButtonProps={{ 'aria-label': 'Close' }}
        position="right"
        size={wide ? 460 : '100%'}
        title={<Text fw={600}>{drawer?.title}</Text>}
        overlayProps={{ backgroundOpacity: 0.2 }}
      >
        {drawer?.body}
      </Drawer>

      <Modal
        opened={confirmDiscard}
        onClose={() => setConfirmDiscard(false)}
        closeButtonProps={{ 'aria-label': 'Close' }}
        title="Discard the draft?"
      >
        <Stack gap="md">
          <Text size="sm">
            {editor.changes.length === 0
              ? 'The draft has no changes.'
              : `Its ${editor.changes.length === 1 ? 'one change' : `${editor.changes.length} changes`} will be lost.`}{' '}
            Version {editor.published.version} stays in force.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDiscard(false)}>
              Keep editing
            </Button>
            <Button
              color="red"
              loading={editor.discarding}
              onClick={() =>
                void editor.discard().then(() => {
                  setConfirmDiscard(false);
                  setPanel(null);
                })
              }
            >
              Discard draft
            </Button>
          </Group>
        </Stack>
      </Modal>

      <PublishModal
        key={publishOpen ? 'open' : 'closed'}
        opened={publishOpen}
        onClose={() => setPublishOpen(false)}
        nextVersion={editor.serverDraft?.version ?? editor.published.version + 1}
        publishedVersion={editor.published.version}
        changes={editor.changes}
        problemCount={editor.issues.length}
        publishing={editor.publishing}
        error={editor.publishError ?? (editor.saveState === 'failed' ? editor.saveError : null)}
        onPublish={(note) =>
          void editor
            .publish(note)
            .then((outcome) => {
              setPublishOpen(false);
              setPanel(null);
              setJustPublished({ ...outcome, note });
            })
            .catch(() => undefined)
        }
      />
    </Stack>
  );
}
