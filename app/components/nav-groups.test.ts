import { lazy } from 'react';
import { describe, expect, test } from 'vitest';

import type { AppPage } from '../page-manifest.ts';
import { pages } from '../pages.ts';
import { navGroups } from './nav-groups.ts';

const labels = (abilities: string[]) =>
  navGroups(pages, { abilities }).map((group) => [group.label, group.pages.map((p) => p.label)]);

describe('the navigation', () => {
  test('groups the pages an admin may use, sections in order', () => {
    expect(
      labels([
        'contacts.handle',
        'approvals.decide',
        'people.oversee',
        'policy.manage',
        'organization.update',
      ]),
    ).toEqual([
      ['Me', ['Home', 'My profile']],
      ['Serve', ['Workspace', 'Approvals']],
      ['Lead', ['People', 'Policy']],
      ['Admin', ['Settings']],
    ]);
  });

  test('leaves out what an agent may not use, and sections left empty', () => {
    expect(labels(['contacts.handle'])).toEqual([
      ['Me', ['Home', 'My profile']],
      ['Serve', ['Workspace']],
    ]);
  });

  test('gives an auditor Home, their profile and the Audit page, no workspace', () => {
    expect(
      labels(['organization.read', 'ledger.verify', 'ledger.export', 'resolutions.export']),
    ).toEqual([
      ['Me', ['Home', 'My profile']],
      ['Admin', ['Audit']],
    ]);
  });

  test('keeps a feature’s order within a section', () => {
    const page = (label: string, group: AppPage['group']): AppPage => ({
      path: `/${label}`,
      label,
      group,
      ability: null,
      component: lazy(async () => ({ default: () => null })),
    });
    const groups = navGroups([page('b', 'admin'), page('a', 'me'), page('c', 'admin')], {
      abilities: [],
    });
    expect(groups.map((g) => g.pages.map((p) => p.label))).toEqual([['a'], ['b', 'c']]);
  });
});

test('every page has its own path and label', () => {
  expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  expect(new Set(pages.map((p) => p.label)).size).toBe(pages.length);
});
