// Attributes renderer main-thread time to the extension's content script from a Chromium trace (CDP
// `Tracing`, Trace Event Format). A task is Trackpin's when the script it runs comes from the extension
// (`FunctionCall`/`EvaluateScript`/... with a `chrome-extension://<id>/` URL); inside a page task, only
// Trackpin's script events count (a MutationObserver callback runs inside the page's task). Style
// recalculations and layouts outside Trackpin's script count as Trackpin's when the style/layout was
// invalidated by Trackpin's script since the last layout (conservative: shared dirt counts as ours).

import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

export interface Attribution {
  /** Trackpin's work per main-thread task (script + the recalc/layout it caused), ms. */
  tasks: { start: number; ms: number }[];
  totalMs: number;
  longestMs: number;
  /** End of Trackpin's last piece of work, trace µs. */
  lastEnd: number;
  /** First Trackpin work, trace µs. */
  firstStart: number;
  /** Longest main-thread task of anyone (page + Trackpin), ms. */
  longestAnyTaskMs: number;
  /** The load event of the page's main frame (trace µs), if seen. */
  loadTs: number | null;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.compile', 'v8.run', 'V8.Execute']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles']);
const DIRT_EVENTS = new Set(['InvalidateLayout', 'ScheduleStyleRecalculation']);
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);

function urlOf(e: TraceEvent): string {
  const d = e.args?.data ?? e.args?.beginData ?? {};
  return String(d.url ?? d.scriptName ?? d.stackTrace?.[0]?.url ?? '');
}

function mainThreads(events: TraceEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') out.add(`${e.pid}:${e.tid}`);
  }
  return out;
}

export function attribute(events: TraceEvent[], extensionOrigin: string, debug = false): Attribution {
  const threads = mainThreads(events);
  const byThread = new Map<string, TraceEvent[]>();
  let loadTs: number | null = null;
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!threads.has(key)) continue;
    if (e.name === 'MarkLoad' && e.args?.data?.isMainFrame && e.args?.data?.isOutermostMainFrame !== false) {
      loadTs = Math.max(loadTs ?? 0, e.ts);
    }
    if (e.ph !== 'X' && e.ph !== 'I' && e.ph !== 'i') continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(e);
  }
  const ours = (e: TraceEvent) => urlOf(e).startsWith(extensionOrigin);
  const tasks: { start: number; ms: number }[] = [];
  let longestAny = 0;
  let lastEnd = 0;
  let firstStart = Infinity;

  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const top = list.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name));
    // Top-level tasks only (a nested RunTask is part of its parent).
    const roots: TraceEvent[] = [];
    for (const t of top) {
      const last = roots[roots.length - 1];
      if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
      roots.push(t);
    }
    let dirtyByUs = false;
    let i = 0;
    for (const task of roots) {
      const end = task.ts + (task.dur ?? 0);
      longestAny = Math.max(longestAny, (task.dur ?? 0) / 1000);
      while (i < list.length && list[i]!.ts < task.ts) i++;
      const inside: TraceEvent[] = [];
      for (let j = i; j < list.length && list[j]!.ts < end; j++) inside.push(list[j]!);
      // Outermost script events and who ran them.
      const scripts: { e: TraceEvent; ours: boolean }[] = [];
      for (const e of inside) {
        if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name)) continue;
        const outer = scripts[scripts.length - 1];
        if (outer && e.ts < outer.e.ts + (outer.e.dur ?? 0)) {
          if (!outer.ours && ours(e)) scripts.push({ e, ours: true }); // our callback inside a page script
          continue;
        }
        scripts.push({ e, ours: ours(e) });
      }
      const within = (e: TraceEvent, s: TraceEvent) => e.ts >= s.ts && e.ts <= s.ts + (s.dur ?? 0);
      const ourScripts = scripts.filter((s) => s.ours).map((s) => s.e);
      const pageScripts = scripts.filter((s) => !s.ours).map((s) => s.e);
      let ms = 0;
      if (ourScripts.length > 0 && pageScripts.every((p) => ourScripts.some((o) => within(p, o)))) {
        ms = (task.dur ?? 0) / 1000; // the whole task is Trackpin's (idle callback, timer, injection)
      } else {
        for (const s of ourScripts) ms += (s.dur ?? 0) / 1000;
      }
      const whole = ms === (task.dur ?? 0) / 1000 && ms > 0;
      for (const e of inside) {
        if (DIRT_EVENTS.has(e.name)) {
          const byUs = ourScripts.some((s) => within(e, s)) || ours(e);
          if (byUs) dirtyByUs = true;
        } else if (e.ph === 'X' && RENDER_EVENTS.has(e.name)) {
          const inOurs = ourScripts.some((s) => within(e, s));
          if (!inOurs && !whole && dirtyByUs) ms += (e.dur ?? 0) / 1000;
          if (e.name === 'Layout') dirtyByUs = false;
        }
      }
      if (ms > 0) {
        if (debug && ms >= 20) {
          const kids = inside.filter((e) => e.ph === 'X' && e !== task).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
          console.error(`trackpin task ${ms.toFixed(1)} ms${whole ? ' (whole)' : ''}:`, kids.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', '));
        }
        tasks.push({ start: task.ts, ms });
        lastEnd = Math.max(lastEnd, end);
        firstStart = Math.min(firstStart, task.ts);
      }
    }
  }
  const totalMs = tasks.reduce((s, t) => s + t.ms, 0);
  const longestMs = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
  return { tasks, totalMs, longestMs, lastEnd, firstStart, longestAnyTaskMs: longestAny, loadTs };
}

/** The longest main-thread tasks with their heaviest child events (for reading a trace by hand). */
export function longestTasks(events: TraceEvent[], n = 5): string[] {
  const threads = mainThreads(events);
  const main = events.filter((e) => threads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const tasks = main.filter((e) => TASK_NAMES.has(e.name)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, n);
  return tasks.map((t) => {
    const kids = main
      .filter((e) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0))
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 6)
      .map((e) => `${e.name}${urlOf(e) ? `(${urlOf(e).slice(-40)})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    return `${((t.dur ?? 0) / 1000).toFixed(1)} ms @${t.ts}: ${kids.join(', ')}`;
  });
}

/** Records a CDP trace of `run` (Trace Event Format), read back through the returned stream. */
export async function recordTrace(cdp: CDPSession, categories: string, run: () => Promise<void>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', { categories, transferMode: 'ReturnAsStream' });
  await run();
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}
