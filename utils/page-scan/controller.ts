// Keeps a page marked: the first scan, a MutationObserver that rescans only added or changed subtrees
// (batched), and a clean switch off that restores the page. Trackpin's own DOM changes are made inside
// `mutate`, which drains the observer's queue before and discards it after, so they are never rescanned.
import { OWN_TAGS, MARK_TAG, RUN_TAG } from './dom-rules';
import { createScanner, type ScannerOptions } from './page-walker';
import { createTaskRunner, type TaskRunnerOptions } from './task-runner';
import { createLateShadowRoots } from './late-shadow-roots';
import { installMarkStyle, MARK_STYLE_ID } from './mark-style';

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageScanOptions extends Omit<ScannerOptions, 'runner' | 'mutate'> {
  runner?: TaskRunnerOptions;
  /** Wait this long after a page change before rescanning, to batch bursts. */
  batchMs?: number;
  setTimeout?: (cb: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (OWN_TAGS.has(el.tagName.toUpperCase())) return true;
  return el.closest(`${MARK_TAG}, ${RUN_TAG}`) !== null;
}

export function createPageScan(options: PageScanOptions) {
  const { doc } = options;
  const runner = createTaskRunner(options.runner);
  const later = options.setTimeout ?? ((cb: () => void, ms: number) => setTimeout(cb, ms));
  const cancel = options.clearTimeout ?? ((id: unknown) => clearTimeout(id as number));
  const batchMs = options.batchMs ?? 100;
  const MO = doc.defaultView?.MutationObserver ?? MutationObserver;

  let observer: MutationObserver | null = null;
  let queued = new Set<Node>();
  let timer: unknown = null;
  let active = false;
  /** The page removed nodes since the last flush. */
  let removed = false;

  const mutate = (change: () => void) => {
    if (observer) onRecords(observer.takeRecords());
    try {
      change();
    } finally {
      observer?.takeRecords();
    }
  };

  // An open shadow root is a document of its own for styles and observers: give it both, then scan it.
  const onShadowRoot = (root: ShadowRoot) => {
    if (!active) return;
    observer?.observe(root, OBSERVE);
    mutate(() => installMarkStyle(root));
    scanner.scan(root);
  };
  // Custom elements met before the page defines them attach their shadow roots later (late-shadow-roots.ts).
  const late = createLateShadowRoots({ onShadowRoot: (root) => scanner.adoptShadowRoot(root), setTimeout: later, clearTimeout: cancel });
  const scanner = createScanner({ ...options, runner, mutate, onShadowRoot, onUndefinedElement: (el) => late.add(el) });

  function onRecords(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === 'characterData') {
        if (isOwn(r.target)) continue;
        scanner.invalidate(r.target as Text);
        queued.add(r.target);
      } else {
        for (const node of r.addedNodes) {
          if ((node.nodeType === 1 || node.nodeType === 3) && !isOwn(node)) queued.add(node);
        }
        if (r.removedNodes.length > 0) removed = true;
      }
    }
    if ((queued.size > 0 || removed) && timer === null) timer = later(flush, batchMs);
  }

  function flush(): void {
    timer = null;
    if (!active) return;
    // Text drawn as highlights does not leave with its nodes, as inserted marks do: forget what is gone.
    mutate(() => scanner.pruneHighlights());
    removed = false;
    const roots = [...queued].filter((n) => n.isConnected);
    queued = new Set();
    // A root inside another queued root is covered by that one's scan.
    const set = new Set(roots);
    const uncovered = roots.filter((root) => {
      for (let p = root.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
      return true;
    });
    scanner.scanAll(uncovered);
  }

  return {
    scanner,
    runner,
    get active() {
      return active;
    },
    /** Scans the page and keeps watching it. */
    start(): void {
      if (active) return;
      active = true;
      scanner.scan(doc.body);
      observer = new MO((records) => {
        try {
          onRecords(records);
        } catch {
          // Never let Trackpin's bookkeeping break the page.
        }
      });
      observer.observe(doc.body ?? doc.documentElement, OBSERVE);
    },
    /** Stops watching and restores the page exactly. */
    stop(): void {
      active = false;
      observer?.disconnect();
      observer = null;
      if (timer !== null) cancel(timer);
      timer = null;
      late.stop();
      queued = new Set();
      const shadows = scanner.shadowRoots();
      scanner.removeAll();
      mutate(() => {
        for (const root of shadows) root.getElementById(MARK_STYLE_ID)?.remove();
      });
    },
    /** Runs `change` (e.g. mounting the card) without the observer seeing it. */
    mutate,
    /** Resolves when queued scans are done (tests, benchmark). */
    idle: () => runner.idle(),
  };
}

export type PageScan = ReturnType<typeof createPageScan>;
