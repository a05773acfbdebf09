// Custom elements the page has not defined yet when a scan meets them ("<order-summary>" before its script
// loads) attach their shadow root when they are upgraded, later, and nothing tells the content script: the
// document's observer does not see into shadow trees, attaching one is no mutation, and a content script
// has no custom-element registry to wait on. So such elements are looked at again a few times over the next
// seconds; an open shadow root found then is scanned and observed like any other.

/** When to look again, after the last element met (ms); then the elements are forgotten. */
const LATE_CHECKS_MS = [250, 1_000, 3_000, 10_000] as const;
/** Elements kept at most: a page of thousands of undefined elements gets the first ones looked at. */
const MAX_PENDING = 500;

export interface LateShadowRootOptions {
  onShadowRoot: (root: ShadowRoot) => void;
  setTimeout: (cb: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
}

/** Whether `el` is a custom element the page has not defined (yet): it may attach a shadow root later. */
export function awaitsUpgrade(el: Element): boolean {
  return el.localName.includes('-') && !el.matches(':defined');
}

export function createLateShadowRoots(options: LateShadowRootOptions) {
  let pending = new Set<Element>();
  let timer: unknown = null;
  let step = 0;

  const schedule = (): void => {
    const at = LATE_CHECKS_MS[step];
    if (at === undefined) {
      pending = new Set();
      timer = null;
      return;
    }
    timer = options.setTimeout(check, at - (LATE_CHECKS_MS[step - 1] ?? 0));
  };

  function check(): void {
    for (const el of pending) {
      if (!el.isConnected) pending.delete(el);
      else if (el.shadowRoot) {
        pending.delete(el);
        options.onShadowRoot(el.shadowRoot);
      } else if (el.matches(':defined')) pending.delete(el); // upgraded without an open root: nothing to reach
    }
    step++;
    if (pending.size === 0) {
      timer = null;
      return;
    }
    schedule();
  }

  return {
    /** An element met by a walk that awaits its upgrade: looked at again over the next seconds. */
    add(el: Element): void {
      if (pending.size >= MAX_PENDING || pending.has(el)) return;
      pending.add(el);
      // The looks start over from the first, unless the first is still to come.
      if (timer !== null && step === 0) return;
      if (timer !== null) options.clearTimeout(timer);
      step = 0;
      schedule();
    },
    stop(): void {
      if (timer !== null) options.clearTimeout(timer);
      timer = null;
      pending = new Set();
    },
  };
}
