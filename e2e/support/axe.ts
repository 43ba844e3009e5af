import fs from 'node:fs';
import { createRequire } from 'node:module';

import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

// Evaluated through the DevTools protocol rather than added as a <script>: the app's
// Content-Security-Policy refuses inline scripts, and the check must see the page as shipped.
const axeSource = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export type AxeViolation = { rule: string; impact: string; nodes: string[] };

/** Waits until transitions (a drawer sliding in, a fading badge) are over: half-drawn colours are not the page's. */
export async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => {
      // A decorative endless animation (the hidden spinner beside "Waiting for a supervisor") stays
      // as long as the request waits, so it is not waited for; a loader people are told about is.
      const decorative = (a: Animation) =>
        a.effect?.getComputedTiming().endTime === Infinity &&
        a.effect instanceof KeyframeEffect &&
        a.effect.target?.closest('[aria-hidden="true"]') != null;
      const moving = document
        .getAnimations()
        .filter((a) => a.playState === 'running' && !decorative(a))
        .map((a) => {
          const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
          const name = a instanceof CSSAnimation ? a.animationName : a.id;
          return `${name} on ${target?.outerHTML.slice(0, 160) ?? 'nothing'}`;
        });
      (window as { stillMoving?: string[] }).stillMoving = moving;
      return moving.length === 0;
    })
    .catch(async (error: unknown) => {
      const moving = await page.evaluate(() => (window as { stillMoving?: string[] }).stillMoving);
      throw new Error(`Still animating at ${page.url()}: ${moving?.join('; ')}`, { cause: error });
    });
}

/** A rule that does not apply to some elements, with the reason; kept short and argued. */
export type AxeException = { rule: string; selector: string; why: string };

/**
 * Every axe-core violation on the page as it is now, with all of axe's default rules (WCAG 2.x A and
 * AA, colour contrast included, and best practices). Each node is its selector and what failed.
 */
export async function axeViolations(
  page: Page,
  exceptions: readonly AxeException[] = [],
): Promise<AxeViolation[]> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (exceptions) => {
    type Axe = { run: (context: Document, options: object) => Promise<AxeResults> };
    const { axe } = window as unknown as { axe: Axe };
    const { violations } = await axe.run(document, { elementRef: true });
    const excepted = (rule: string, element: Element | undefined) =>
      exceptions.some((e) => e.rule === rule && element?.matches(e.selector));
    return violations
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? 'unknown',
        nodes: v.nodes
          .filter((n) => !excepted(v.id, n.element))
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      }))
      .filter((v) => v.nodes.length > 0);
  }, exceptions);
}
