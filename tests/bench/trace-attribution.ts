// Attributes renderer main-thread time to the extension from a Chromium trace (CDP `Tracing`, Trace Event
// Format). A task is Trackpin's when the script it runs comes from the extension's origin
// (`FunctionCall`/`EvaluateScript`/... with a `chrome-extension://<id>/` URL: content.js and any other
// file of the extension injected into the page); inside a page task, only Trackpin's script events count
// (a MutationObserver callback runs inside the page's task). Style recalculations, layouts and the
// pre-paint after them, outside Trackpin's script, count as Trackpin's when the style/layout was
// invalidated by Trackpin's script since the last layout (conservative: shared dirt counts as ours).

import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an X event, µs: what the thread really ran, without time it was descheduled. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

export interface Attribution {
  /** Trackpin's work per main-thread task (script + the recalc/layout it caused), ms. */
  tasks: { start: number; ms: number; cpuMs: number }[];
  totalMs: number;
  longestMs: number;
  /** The same in thread time (CPU): on a loaded machine wall time also counts time the thread waited. */
  totalCpuMs: number;
  longestCpuMs: number;
  /** End of Trackpin's last piece of work, trace µs. */
  lastEnd: number;
  /** First Trackpin work, trace µs. */
  firstStart: number;
  /** Longest main-thread task of anyone (page + Trackpin), ms. */
  longestAnyTaskMs: number;
  /** The load event of the page's main frame (trace µs), if seen. */
  loadTs: number | null;
  /**
   * End of the page's own last main-thread task before Trackpin's last work (trace µs): parsing, its
   * scripts and timers, style and layout no Trackpin change caused. The frame meter's animation-frame
   * callbacks alone do not count (they are the bench's, not the page's load work).
   */
  pageWorkEnd: number | null;
  /** Where Trackpin's time went, ms. */
  breakdown: Breakdown;
}

export interface Breakdown {
  /** Compiling the extension's scripts. */
  compile: number;
  /** Garbage collection inside Trackpin's scripts. */
  gc: number;
  /** Style/layout forced inside Trackpin's scripts (a read such as getComputedStyle). */
  forcedStyleLayout: number;
  /** Style recalc, layout and pre-paint after Trackpin's DOM changes (the next frame). */
  renderAfter: number;
  /** Everything else in Trackpin's tasks: running its JavaScript (walk, text, detection, marks, messages). */
  script: number;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.compile', 'v8.run', 'V8.Execute']);
const RENDER_EVENTS = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles']);
const isGc = (name: string) => name === 'MinorGC' || name === 'MajorGC' || name.startsWith('V8.GC');
// The page's own work (its parsing, scripts, timers, events); its animation-frame callbacks are not
// among them: in the bench they are the frame meter.
const PAGE_WORK = new Set(['ParseHTML', 'TimerFire', 'EventDispatch', 'EvaluateScript']);
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
  const tasks: { start: number; ms: number; cpuMs: number }[] = [];
  const cpuOf = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  let longestAny = 0;
  let lastEnd = 0;
  let firstStart = Infinity;
  const breakdown: Breakdown = { compile: 0, gc: 0, forcedStyleLayout: 0, renderAfter: 0, script: 0 };
  /** Tasks that are the page's own load work: [start, end]. */
  const pageTasks: [number, number][] = [];

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
      let cpuMs = 0;
      if (ourScripts.length > 0 && pageScripts.every((p) => ourScripts.some((o) => within(p, o)))) {
        ms = (task.dur ?? 0) / 1000; // the whole task is Trackpin's (idle callback, timer, injection)
        cpuMs = cpuOf(task);
      } else {
        for (const s of ourScripts) {
          ms += (s.dur ?? 0) / 1000;
          cpuMs += cpuOf(s);
        }
      }
      const whole = ms === (task.dur ?? 0) / 1000 && ms > 0;
      let render = 0;
      let renderCpu = 0;
      let ourFrame = false;
      let pageWork = false;
      let gcEnd = 0;
      for (const e of inside) {
        const d = (e.dur ?? 0) / 1000;
        const inOurs = e.ph === 'X' && ourScripts.some((s) => within(e, s));
        if (DIRT_EVENTS.has(e.name)) {
          const byUs = ourScripts.some((s) => within(e, s)) || ours(e);
          if (byUs) dirtyByUs = true;
        } else if (e.ph === 'X' && RENDER_EVENTS.has(e.name)) {
          if (inOurs) breakdown.forcedStyleLayout += d;
          else if (dirtyByUs) {
            render += d;
            renderCpu += cpuOf(e);
            ourFrame = true;
          } else if (d >= 0.5) pageWork = true;
          if (e.name === 'Layout') dirtyByUs = false;
        } else if (e.ph === 'X' && e.name === 'PrePaint') {
          // Pre-paint walks what the layout before it changed: ours when that layout was.
          if (ourFrame) {
            render += d;
            renderCpu += cpuOf(e);
          }
          else if (d >= 0.5) pageWork = true;
        } else if (inOurs && e.name === 'v8.compile') breakdown.compile += d;
        else if (inOurs && isGc(e.name)) {
          // Outermost GC events only (the V8.GC_* phases nest).
          if (e.ts >= gcEnd) breakdown.gc += d;
          gcEnd = Math.max(gcEnd, e.ts + (e.dur ?? 0));
        } else if (e.ph === 'X' && PAGE_WORK.has(e.name) && !ours(e)) {
          if (!inOurs && !ourScripts.some((s) => within(s, e))) pageWork = true;
        }
      }
      if (!whole) {
        ms += render;
        cpuMs += renderCpu;
      }
      breakdown.renderAfter += render;
      if (pageWork) pageTasks.push([task.ts, end]);
      if (ms > 0) {
        if (debug && ms >= 20) {
          const kids = inside.filter((e) => e.ph === 'X' && e !== task).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 8);
          console.error(`trackpin task ${ms.toFixed(1)} ms${whole ? ' (whole)' : ''}:`, kids.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', '));
        }
        tasks.push({ start: task.ts, ms, cpuMs });
        lastEnd = Math.max(lastEnd, end);
        firstStart = Math.min(firstStart, task.ts);
      }
    }
  }
  const totalMs = tasks.reduce((s, t) => s + t.ms, 0);
  const longestMs = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
  const totalCpuMs = tasks.reduce((s, t) => s + t.cpuMs, 0);
  const longestCpuMs = tasks.reduce((m, t) => Math.max(m, t.cpuMs), 0);
  breakdown.script = Math.max(0, totalMs - breakdown.compile - breakdown.gc - breakdown.forcedStyleLayout - breakdown.renderAfter);
  let pageWorkEnd: number | null = null;
  for (const [start, end] of pageTasks) if (start < lastEnd) pageWorkEnd = Math.max(pageWorkEnd ?? 0, end);
  return { tasks, totalMs, longestMs, totalCpuMs, longestCpuMs, lastEnd, firstStart, longestAnyTaskMs: longestAny, loadTs, pageWorkEnd, breakdown };
}

/**
 * Gaps between the page's animation frames after its load event, from the trace (the page's frame meter
 * asks for every frame, so each one fires an animation-frame callback), ms.
 */
export function frameGaps(events: TraceEvent[]): number[] {
  // The page's thread is the one with the animation frames (the trace holds every process); its load is
  // the last main-frame load there (a new tab loads about:blank first).
  const perThread = new Map<string, number[]>();
  for (const e of events) {
    if (e.name !== 'FireAnimationFrame') continue;
    const key = `${e.pid}:${e.tid}`;
    perThread.set(key, [...(perThread.get(key) ?? []), e.ts]);
  }
  const [thread, all] = [...perThread].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  const loads = events.filter((e) => e.name === 'MarkLoad' && `${e.pid}:${e.tid}` === thread && e.args?.data?.isMainFrame);
  const loadTs = Math.max(...loads.map((e) => e.ts));
  if (!Number.isFinite(loadTs)) return [];
  const frames = all.filter((t) => t > loadTs).sort((a, b) => a - b);
  return frames.slice(1).map((t, i) => (t - frames[i]!) / 1000);
}

/** The longest renderer main-thread task of a trace, wall and thread time, ms (a script run through CDP). */
export function longestTask(events: TraceEvent[]): { ms: number; cpuMs: number } {
  const threads = mainThreads(events);
  let best: TraceEvent | null = null;
  for (const e of events) {
    if (e.ph === 'X' && TASK_NAMES.has(e.name) && threads.has(`${e.pid}:${e.tid}`) && (e.dur ?? 0) > (best?.dur ?? 0)) best = e;
  }
  return { ms: (best?.dur ?? 0) / 1000, cpuMs: ((best?.tdur ?? best?.dur) ?? 0) / 1000 };
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
