import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { repoRoot } from './console-fixture.js';

interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }
type Axe = { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> };

/**
 * Runs axe-core on the page (or only inside `within`, a CSS selector) and fails the test on serious or critical
 * violations, listing each with the first elements it names.
 *
 * @example
 * await checkAccessibility(page, 'inbox (ar)');
 * await checkAccessibility(page, 'widget', '#borderless-chat');
 */
export async function checkAccessibility(page: Page, label: string, within?: string): Promise<void> {
  await page.addScriptTag({ path: join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, within ?? null);
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `${label}: serious or critical axe violations`).toEqual([]);
}
