import type { Page } from 'playwright-core';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A policy grid cell by its pair ("Agent × Refund"): its name is the pair followed by the limits it
 * shows, so the pair is matched as the start of the name (not "Senior agent × Refund").
 */
export const policyCell = (page: Page, pair: string) =>
  page.getByRole('button', { name: new RegExp(`^${escaped(pair)} `) });
