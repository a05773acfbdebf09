// Runs axe-core (WCAG 2.1 A/AA and best practices) in a page and returns its violations as readable lines,
// so a failing test says what is wrong and where. axe is evaluated through the DevTools protocol, which
// extension pages' CSP does not block.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';


export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Violations in `context` (default: the whole document), one line per rule with the offending nodes. */
export async function axeViolations(page: Page, context?: { include: string[][] }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(runAxe, { context: (context ?? null) as AxeContext | null, tags: AXE_TAGS });
}

type AxeContext = { include: string[][] };

/** Runs in the page (axe injected): the violations as lines. Shared with the Firefox audit (puppeteer). */
export async function runAxe({ context, tags }: { context: AxeContext | null; tags: string[] }): Promise<string[]> {
  type Run = { violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
  const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<Run> } }).axe;
  const run = await axe.run(context ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  return run.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.trim()).join(' | ')}`,
  );
}
