// Where the popup's first open goes, from a CDP trace of its renderer's main thread: navigation start
// to the first frame painted with rows, split into script (evaluation, compile and callbacks), HTML and
// style-sheet parsing, style, layout, paint, other task time, and idle (the thread waiting: storage reads,
// messages, the next frame). Nested events count once, in their outermost kind.
import type { TraceEvent } from './trace-attribution';

export type OpenBreakdown = Record<'script' | 'parse' | 'style' | 'layout' | 'paint' | 'otherTask' | 'idle', number>;

const KIND: Record<string, keyof OpenBreakdown> = {
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  'v8.callFunction': 'script',
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'parse',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
};
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** `paintedMs` is the page's performance.now() at the painted frame (its time origin is navigation start). */
export function openBreakdown(events: TraceEvent[], pageUrlPart: string, paintedMs: number): OpenBreakdown | null {
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes(pageUrlPart));
  if (!nav) return null;
  const key = `${nav.pid}:${nav.tid}`;
  const from = nav.ts;
  const to = nav.ts + paintedMs * 1000;
  const mine = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === key && e.ts < to && e.ts + (e.dur ?? 0) > from)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: OpenBreakdown = { script: 0, parse: 0, style: 0, layout: 0, paint: 0, otherTask: 0, idle: 0 };
  const clip = (e: TraceEvent) => (Math.min(to, e.ts + (e.dur ?? 0)) - Math.max(from, e.ts)) / 1000;
  let taskEnd = -Infinity;
  let kindEnd = -Infinity;
  let busy = 0;
  for (const e of mine) {
    if (TASKS.has(e.name)) {
      if (e.ts >= taskEnd) {
        busy += clip(e);
        taskEnd = e.ts + (e.dur ?? 0);
      }
      continue;
    }
    const kind = KIND[e.name];
    if (!kind || e.ts < kindEnd) continue;
    out[kind] += clip(e);
    kindEnd = e.ts + (e.dur ?? 0);
  }
  if (process.env.TRACE_DEBUG) {
    const byName = new Map<string, number>();
    for (const e of mine) byName.set(e.name, (byName.get(e.name) ?? 0) + clip(e));
    let end = -Infinity;
    for (const t of mine) {
      if (!TASKS.has(t.name) || t.ts < end || (t.dur ?? 0) < 3000) continue;
      end = t.ts + (t.dur ?? 0);
      const kids = mine.filter((e) => !TASKS.has(e.name) && e.ts >= t.ts && e.ts < end).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 5);
      console.error(`  task @${((t.ts - from) / 1000).toFixed(1)} ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ${kids.map((e) => `${e.name}${e.args?.data?.url ? `(${String(e.args.data.url).slice(-25)})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')}`);
    }
    console.error('popup open, event time by name (nested counted again):', [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', '));
  }
  const classified = out.script + out.parse + out.style + out.layout + out.paint;
  out.otherTask = Math.max(0, busy - classified);
  out.idle = Math.max(0, paintedMs - Math.max(busy, classified));
  for (const k of Object.keys(out) as (keyof OpenBreakdown)[]) out[k] = Math.round(out[k] * 10) / 10;
  return out;
}
