import { Badge, Tabs } from '@mantine/core';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { AuthorityGrid } from './AuthorityGrid.tsx';
import { ChangesList } from './ChangesList.tsx';
import { Conditions } from './Conditions.tsx';
import { Overrides } from './Overrides.tsx';
import type { Change } from './policy-diff.ts';
import type { IssueIndex } from './policy-issues.ts';
import type { Panel, Tab } from './policy-panel.ts';
import { ResolutionTypes } from './ResolutionTypes.tsx';
import { VersionHistory } from './VersionHistory.tsx';

type PolicyTabsProps = {
  tab: Tab;
  onTab: (tab: string | null) => void;
  doc: PolicyDocument;
  base: PolicyDocument;
  issueIndex: IssueIndex;
  changes: readonly Change[];
  publishedVersion: number;
  timeZone: string;
  panel: Panel | null;
  onPanel: (panel: Panel) => void;
};

/** The changes tab counts what the draft changes, so the admin sees it without opening it. */
function ChangesCount({ count }: { count: number }) {
  return (
    <Badge size="sm" color="blue" variant="filled" circle={count < 10}>
      {count}
    </Badge>
  );
}

function PolicyTabList({ changeCount }: { changeCount: number }) {
  return (
    <Tabs.List>
      <Tabs.Tab value="limits">Limits</Tabs.Tab>
      <Tabs.Tab value="types">Resolution types</Tabs.Tab>
      <Tabs.Tab value="conditions">Conditions</Tabs.Tab>
      <Tabs.Tab value="overrides">Overrides</Tabs.Tab>
      <Tabs.Tab
        value="changes"
        rightSection={changeCount > 0 ? <ChangesCount count={changeCount} /> : null}
      >
        Changes
      </Tabs.Tab>
      <Tabs.Tab value="history">History</Tabs.Tab>
    </Tabs.List>
  );
}

/** The policy's parts, one tab each; only the open tab is mounted. */
export function PolicyTabs({
  tab,
  onTab,
  doc,
  base,
  issueIndex,
  panel,
  onPanel,
  ...rest
}: PolicyTabsProps) {
  return (
    <Tabs value={tab} onChange={onTab} keepMounted={false}>
      <PolicyTabList changeCount={rest.changes.length} />

      <Tabs.Panel value="limits" pt="md">
        <AuthorityGrid
          doc={doc}
          issues={issueIndex}
          changes={rest.changes}
          selection={panel?.kind === 'rule' || panel?.kind === 'contact' ? panel : null}
          onSelect={onPanel}
        />
      </Tabs.Panel>
      <Tabs.Panel value="types" pt="md">
        <ResolutionTypes
          doc={doc}
          published={base}
          issues={issueIndex}
          onEdit={(key) => onPanel({ kind: 'type', key })}
          onAdd={() => onPanel({ kind: 'type', key: null })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="conditions" pt="md">
        <Conditions
          doc={doc}
          published={base}
          issues={issueIndex}
          onEdit={(index) => onPanel({ kind: 'condition', index })}
          onAdd={() => onPanel({ kind: 'condition', index: null })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="overrides" pt="md">
        <Overrides
          doc={doc}
          published={base}
          issues={issueIndex}
          timeZone={rest.timeZone}
          onEdit={(id) => onPanel({ kind: 'override', id })}
          onAdd={() => onPanel({ kind: 'override', id: null })}
        />
      </Tabs.Panel>
      <Tabs.Panel value="changes" pt="md">
        <ChangesList changes={rest.changes} publishedVersion={rest.publishedVersion} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <VersionHistory timeZone={rest.timeZone} inForce={rest.publishedVersion} />
      </Tabs.Panel>
    </Tabs>
  );
}
