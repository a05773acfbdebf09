// Walks a subtree in time slices, finds numbers in the joined text and marks them. A subtree the page adds
// or moves (a sorted table, whose highlights moving emptied) is read in full: own marks are skipped, a
// drawn highlight is not drawn twice; nothing is remembered per text node (a WeakSet cost more).
import { DEFAULT_LIMITS, SegmentBuilder, rangesForMatch, type Segment, type SegmentLimits } from './segments';
import { MARK_TAG, isInsideSkipped } from './dom-rules';
import { markLink, markTextNode, ownMarkNumber, unmarkTextNode, type MarkedNode } from './marker';
import type { Task, TaskRunner } from './task-runner';
import { createWalk } from './walk';
import { planMarks, type PendingPiece } from './mark-plan';
import { createHighlightMarks } from './highlight-marks';

/** What the detection engine reports (a structural subset of its match type). */
export interface DetectedNumber {
  number: string;
  start: number;
  end: number;
  kind: 'parcel' | 'awb';
  carriers: readonly string[];
  confidence: 'high' | 'medium';
}

/** A number found on the page, as the popup lists it: its carriers are its own copy (the engine's are shared). */
export type NumberInfo = Omit<DetectedNumber, 'start' | 'end' | 'carriers'> & { carriers: string[] };

export interface ScannerOptions {
  doc: Document;
  find: (text: string) => readonly DetectedNumber[];
  /** Numbers in a link's address (carrier tracking pages). */
  findInUrl?: (href: string) => readonly Omit<DetectedNumber, 'start' | 'end'>[];
  label: (number: string) => string;
  runner: TaskRunner;
  maxMarks?: number;
  limits?: SegmentLimits;
  now?: () => number;
  /** Wraps every DOM change Trackpin makes (the observer uses it to ignore them). */
  mutate?: (change: () => void) => void;
  isItemContainer?: (parent: Element) => boolean;
  /** An open shadow root met during a walk (closed ones are out of reach by design). */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** A custom element the page has not defined yet, met during a walk (late-shadow-roots.ts). */
  onUndefinedElement?: (el: Element) => void;
}

// Cheap pre-check before asking the engine about a link: tracking numbers have runs of digits.
const HREF_HINT = /\d{5,}/;
const CHECK_EVERY = 32;
const COMMIT_EVERY_MS = 1000;

export function createScanner(options: ScannerOptions) {
  const { doc, runner } = options;
  const maxMarks = options.maxMarks ?? 500;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const now = options.now ?? (() => performance.now());
  const mutate = options.mutate ?? ((change: () => void) => change());
  const highlights = createHighlightMarks(doc);
  /** Open shadow roots met so far: their marks count and are listed like the document's. */
  let shadowRoots = new Set<ShadowRoot>();
  const roots = (): (Document | ShadowRoot)[] => {
    shadowRoots = new Set([...shadowRoots].filter((r) => r.host.isConnected));
    return [doc, ...shadowRoots];
  };
  const ownMarksIn = (selector: string): Element[] => roots().flatMap((r) => [...r.querySelectorAll(selector)]);
  /** An open shadow root met by a walk or found later (late-shadow-roots.ts): listed, and handed on once. */
  const adoptShadowRoot = (shadow: ShadowRoot): void => {
    if (shadowRoots.has(shadow)) return;
    shadowRoots.add(shadow);
    options.onShadowRoot?.(shadow);
  };
  let marked: MarkedNode[] = [];
  let markedByNode = new WeakMap<Text, MarkedNode>();
  let linkMarks: Element[] = [];
  const info = new Map<string, NumberInfo>();
  let count = 0;
  // Bumped by removeAll: a job of an earlier generation ends at its next check instead of walking on for
  // the rest of its slice (the scan stops the moment the engine starts loading, and reads again once in).
  let generation = 0;

  let lastRecount = -Infinity;
  /** Matches found but not yet in the page (marks go in in batches). */
  let uncommitted = 0;
  // The cap counts marks on the page now: single-page apps replace their content, and marks the page
  // removed must not use up the budget. Recounting is throttled since it queries the whole document.
  const full = (): boolean => {
    if (count < maxMarks) return false;
    const t = now();
    if (t - lastRecount < 2000) return true;
    lastRecount = t;
    marked = marked.filter((m) => m.marks.some((e) => e.isConnected));
    linkMarks = linkMarks.filter((e) => e.isConnected);
    // Only marks we made count: a page inserting fake marks must not use up our budget.
    let own = 0;
    for (const el of ownMarksIn(`${MARK_TAG}:not([data-trackpin-part])`)) if (ownMarkNumber(el)) own++;
    count = own + uncommitted;
    return count >= maxMarks;
  };

  function record({ number, kind, carriers, confidence }: DetectedNumber): void {
    if (!info.has(number)) info.set(number, { number, kind, carriers: [...carriers], confidence });
  }

  /** One job for a batch of roots (a page change touches many): one walk after another, one commit. */
  function createJob(roots: Node[]): Task {
    const gen = generation;
    const pending = new Map<Text, PendingPiece[]>();
    let anchors: Element[] = [];

    const collect = (segment: Segment) => {
      if (segment.anchors.length > 0) anchors = anchors.concat(segment.anchors);
      if (gen !== generation || full() || segment.pieces.length === 0) return;
      for (const match of options.find(segment.text)) {
        if (match.start < segment.ownFrom || match.start >= segment.ownTo) continue;
        if (full()) break;
        const ranges = rangesForMatch(segment.pieces, match.start, match.end);
        if (!ranges) continue;
        let at = match.start;
        const last = ranges[ranges.length - 1]!;
        for (const r of ranges) {
          const len = r.to - r.from;
          const piece: PendingPiece = { ...r, number: match.number, expect: segment.text.slice(at, at + len) };
          if (r.part === 0) piece.end = { node: last.node, to: last.to };
          at += len;
          const list = pending.get(r.node);
          if (list) list.push(piece);
          else pending.set(r.node, [piece]);
        }
        record(match);
        count++;
        uncommitted++;
        jobUncommitted++;
      }
    };
    const builder = new SegmentBuilder(collect, limits);
    const walkOptions = { onShadowRoot: adoptShadowRoot, onUndefinedElement: options.onUndefinedElement };
    let next = 0;
    let walk = createWalk(roots[next++]!, builder, walkOptions);

    let lastCommit = now();
    let jobUncommitted = 0;
    const commit = () => {
      lastCommit = now();
      uncommitted -= jobUncommitted;
      jobUncommitted = 0;
      if (pending.size === 0 && anchors.length === 0) return;
      const work = [...pending];
      pending.clear();
      const links = anchors;
      anchors = [];
      const plan = planMarks(work, options.isItemContainer, highlights);
      mutate(() => {
        if (plan.some((p) => p.huge)) highlights.prepare();
        for (const { node, valid, items: inItems, huge } of plan) {
          if (huge) {
            for (const p of valid) {
              if (p.part !== 0) continue;
              // Drawn already (read again): it must not use up the cap.
              if (!highlights.add(node, p.from, p.end?.node ?? node, p.end?.to ?? p.to, p.number, options.label(p.number))) count--;
            }
            continue;
          }
          const result = markTextNode(node, valid, { ...options, isItemContainer: () => inItems });
          if (!result) continue;
          marked.push(result);
          markedByNode.set(node, result);
        }
        for (const anchor of links) markAnchor(anchor);
      });
    };

    // Marks go in at the start of a slice of their own, so a slice never both scans and writes for long.
    let commitDue = false;
    let walked = false;
    let done = false;
    return (deadline) => {
      if (commitDue) {
        // The slice that writes ends with its writes: nothing (this job or the next) reads after them.
        commitDue = false;
        commit();
        done = walked;
        return 'yield';
      }
      if (done || gen !== generation) return false;
      for (;;) {
        if (gen !== generation) return false;
        if (builder.hugePending) {
          // One window of a huge text node per step, with a deadline check after each. No commit until the
          // node is done: marking shortens the node, which would void the matches of later windows.
          builder.stepHuge();
          if (now() >= deadline) return true;
          continue;
        }
        let more = walk.step(CHECK_EVERY);
        if (!more && next < roots.length) {
          // The next root is another part of the page: its text never joins the last one's.
          builder.blockBreak();
          walk = createWalk(roots[next++]!, builder, walkOptions);
          more = true;
        }
        if (more) {
          if (now() >= deadline) {
            // Every batch of DOM changes makes the browser lay the page out again (on a big table that
            // costs more than the scan), so marks go in at most once per COMMIT_EVERY_MS, and at the end.
            if (now() - lastCommit >= COMMIT_EVERY_MS && (pending.size > 0 || anchors.length > 0)) commitDue = true;
            return commitDue ? 'yield' : true;
          }
          continue;
        }
        builder.flush();
        walked = true;
        if (pending.size === 0 && anchors.length === 0) return false;
        commitDue = true;
        return 'yield';
      }
    };
  }

  function markAnchor(anchor: Element): void {
    if (!options.findInUrl || full() || !anchor.isConnected || anchor.querySelector(MARK_TAG)) return;
    const href = (anchor as HTMLAnchorElement).href || anchor.getAttribute('href') || '';
    if (href.length > 2048 || !HREF_HINT.test(href)) return;
    const [first] = options.findInUrl(href);
    if (!first) return;
    record({ ...first, start: 0, end: 0 });
    count++;
    const mark = markLink(anchor, first.number, options.label(first.number));
    linkMarks.push(mark);
  }

  return {
    /** Queues a scan of `root` (default: the whole body). */
    scan(root: Node | null = doc.body): void {
      if (root) this.scanAll([root]);
    },
    /** Queues one scan of several roots (a batch of page changes): one walk each, one commit for all. */
    scanAll(list: Node[]): void {
      if (full()) return;
      const starts: Node[] = [];
      for (const root of list) {
        const start = root.nodeType === 3 ? root.parentNode : root;
        if (!start || !start.isConnected) continue;
        const outer = start.nodeType === 11 ? (start as ShadowRoot).host : start;
        if (!isInsideSkipped(outer)) starts.push(start);
      }
      if (starts.length > 0) runner.add(createJob(starts));
    },
    /** The page changed a text node: read it again (and drop marks that were made from its old text). */
    invalidate(node: Text): void {
      const done = markedByNode.get(node);
      if (!done) return;
      markedByNode.delete(node);
      marked = marked.filter((m) => m !== done);
      mutate(() => unmarkTextNode(done, true));
    },
    /** Removes every mark and restores the page's text exactly; forgets what was read. */
    removeAll(): void {
      generation++;
      runner.clear();
      mutate(() => {
        highlights.removeAll();
        for (let i = marked.length - 1; i >= 0; i--) unmarkTextNode(marked[i]!);
        for (const mark of linkMarks) mark.remove();
      });
      marked = [];
      markedByNode = new WeakMap();
      linkMarks = [];
      shadowRoots = new Set();
      info.clear();
      count = 0;
      uncommitted = 0;
    },
    /** Numbers currently marked on the page, deduplicated, in page order. */
    found(): NumberInfo[] {
      const out: NumberInfo[] = [];
      const done = new Set<string>();
      for (const mark of ownMarksIn(`${MARK_TAG}[data-trackpin]`)) {
        // Marks the page forged (or rewrote) must not put numbers in the popup's list.
        const number = ownMarkNumber(mark) ?? '';
        if (!number || done.has(number)) continue;
        done.add(number);
        out.push(info.get(number) ?? { number, kind: 'parcel', carriers: [], confidence: 'medium' });
      }
      return out;
    },
    /** Numbers in huge text nodes and big tables are highlighted ranges: hit-testing, the range behind a stand-in. */
    highlights,
    /** Forgets highlighted numbers whose text is gone, freeing their part of the cap now, not at a recount. */
    pruneHighlights(): void {
      count = Math.max(0, count - highlights.prune());
    },
    adoptShadowRoot,
    /** The open shadow roots found so far (connected ones). */
    shadowRoots(): ShadowRoot[] {
      return roots().slice(1) as ShadowRoot[];
    },
    infoFor(number: string): NumberInfo | undefined {
      return info.get(number);
    },
    get markCount() {
      return count;
    },
  };
}

export type Scanner = ReturnType<typeof createScanner>;
