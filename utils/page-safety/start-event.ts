// WXT's content-script context stops an older copy of the script when a newer one announces itself with
// a DOM event on `document` named `<extension id>:content:wxt:content-script-started`. Page scripts see the
// same DOM, so a page that knows the name (WXT also posts it to the window unless told not to) could replay
// it and switch Trackpin off. Trackpin never injects itself a second time into a page, so after start-up
// every such event is the page's: stop it in the capture phase on the window, before WXT's listener runs.
export function shieldStartEvent(win: Window, eventName: string): () => void {
  const stop = (event: Event) => event.stopImmediatePropagation();
  win.addEventListener(eventName, stop, { capture: true });
  return () => win.removeEventListener(eventName, stop, { capture: true });
}
