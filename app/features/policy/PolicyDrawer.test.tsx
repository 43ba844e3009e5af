import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { policyDocumentSchema } from '../../../domain/authority/policy.ts';
import { demoPolicy } from '../../../server/modules/demo/demo-policy.ts';
import { api } from '../../api/client.ts';
import { renderApp } from '../../testing/render.tsx';
import { indexIssues } from './policy-issues.ts';
import { panelForIssue, type Panel } from './policy-panel.ts';
import { PolicyDrawer } from './PolicyDrawer.tsx';

// A new override's person picker searches the server: nobody there.
vi.mock(import('../../api/client.ts'), async (original) => ({
  ...(await original()),
  api: vi.fn(),
}));
vi.mocked(api).mockResolvedValue({ people: [], nextCursor: null });

const doc = policyDocumentSchema.parse(demoPolicy);
const level = doc.levels[0]!;
const type = doc.resolutionTypes[0]!;

function open(panel: Panel | null) {
  const edit = vi.fn();
  const close = vi.fn();
  renderApp(
    <PolicyDrawer
      panel={panel}
      doc={doc}
      base={doc}
      issueIndex={indexIssues(doc, [])}
      edit={edit}
      timeZone="UTC"
      close={close}
    />,
  );
  return { edit, close };
}

describe('the policy drawer', () => {
  it('is closed when nothing is selected', () => {
    open(null);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it.each<[string, Panel, string]>([
    ['a cell', { kind: 'rule', level: level.key, type: type.key }, `${level.name} × ${type.label}`],
    ['a contact total', { kind: 'contact', level: level.key }, `${level.name}: total per contact`],
    ['a type', { kind: 'type', key: type.key }, `Resolution type: ${type.label}`],
    ['a new type', { kind: 'type', key: null }, 'New resolution type'],
    ['a new condition', { kind: 'condition', index: null }, 'New condition'],
    ['a new override', { kind: 'override', id: null }, 'New personal override'],
  ])('opens the editor for %s under its title', (_, panel, title) => {
    open(panel);
    expect(screen.getByRole('dialog', { name: title })).toBeTruthy();
  });

  it('offers no Remove for a type that is in force, and closes on Cancel', () => {
    const { close, edit } = open({ kind: 'type', key: type.key });
    expect(screen.queryByRole('button', { name: /remove/i })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(close).toHaveBeenCalledOnce();
    expect(edit).not.toHaveBeenCalled();
  });
});

describe('opening a problem', () => {
  const issue = { path: '', message: 'x' };
  it('goes to the tab and the editor where it is fixed', () => {
    expect(panelForIssue({ ...issue, path: 'rules.0', level: 'agent', type: 'refund' })).toEqual({
      tab: 'limits',
      panel: { kind: 'rule', level: 'agent', type: 'refund' },
    });
    expect(panelForIssue({ ...issue, path: 'contactLimits.1', level: 'agent' })).toEqual({
      tab: 'limits',
      panel: { kind: 'contact', level: 'agent' },
    });
    expect(panelForIssue({ ...issue, path: 'resolutionTypes.2', type: 'refund' })?.tab).toBe(
      'types',
    );
    expect(panelForIssue({ ...issue, path: 'conditions.0', conditionIndex: 0 })).toEqual({
      tab: 'conditions',
      panel: { kind: 'condition', index: 0 },
    });
    expect(panelForIssue({ ...issue, path: 'overrides.0', overrideId: 'o1' })?.panel).toEqual({
      kind: 'override',
      id: 'o1',
    });
  });

  it('stays put for a problem of the whole document, or a rule without its cell', () => {
    expect(panelForIssue({ ...issue, path: 'levels' })).toBeNull();
    expect(panelForIssue({ ...issue, path: 'rules.0' })).toBeNull();
  });
});
