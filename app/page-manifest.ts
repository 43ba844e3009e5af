import type { ComponentType, LazyExoticComponent } from 'react';

/** The navigation's sections, in the order they are shown. */
export const pageGroups = [
  { key: 'me', label: 'Me' },
  { key: 'serve', label: 'Serve' },
  { key: 'lead', label: 'Lead' },
  { key: 'admin', label: 'Admin' },
] as const;

export type PageGroup = (typeof pageGroups)[number]['key'];

/**
 * One signed-in page as a feature declares it in its `pages.tsx`: app/router.tsx mounts it and the
 * navigation lists it. Loaded when first shown, so a page's code is not in every visitor's first load.
 */
export type AppPage = {
  /** Absolute URL path; '/' is the home page. */
  path: string;
  /** The navigation link's name (e2e tests find links by it). */
  label: string;
  group: PageGroup;
  /** The server ability a visitor needs (from /api/me, asked through canUse); null: everyone. */
  ability: string | null;
  component: LazyExoticComponent<ComponentType>;
};
