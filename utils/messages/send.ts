// Sending side of the protocol, for the popup, the options page and content scripts.
import { browser } from 'wxt/browser';
import { envelope, MessageError, type AnyMessageDef, type Payload, type Reply, type Result } from './protocol';

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Ask the background; never throws: failures come back as `{ ok: false, error }`. */
export async function send<D extends AnyMessageDef>(def: D, payload: Payload<D>): Promise<Result<Reply<D>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(envelope(def, payload));
    if (isResult(reply)) return reply as Result<Reply<D>>;
    return { ok: false, error: { kind: 'internal', message: 'The background did not answer.' } };
  } catch (error) {
    return { ok: false, error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Like `send`, but throws a MessageError on failure. */
export async function request<D extends AnyMessageDef>(def: D, payload: Payload<D>): Promise<Reply<D>> {
  const result = await send(def, payload);
  if (!result.ok) throw new MessageError(result.error);
  return result.data;
}

/** Ask the content script of a tab (popup → page). */
export async function sendToTab<D extends AnyMessageDef>(
  tabId: number,
  def: D,
  payload: Payload<D>,
  /** One frame of the tab (every frame runs the content script); all frames when omitted. */
  frameId?: number,
): Promise<Result<Reply<D>>> {
  try {
    const message = envelope(def, payload);
    const reply: unknown = await (frameId === undefined
      ? browser.tabs.sendMessage(tabId, message)
      : browser.tabs.sendMessage(tabId, message, { frameId }));
    if (isResult(reply)) return reply as Result<Reply<D>>;
    return { ok: false, error: { kind: 'no-content-script', message: 'Trackpin is not active on this page.' } };
  } catch {
    return { ok: false, error: { kind: 'no-content-script', message: 'Trackpin is not active on this page.' } };
  }
}

/**
 * `send`, naming the message by its type alone: `sendType<typeof msg.pin>('pin', …)`, checked by the compiler.
 * The content script sends this way, so the background's definitions and their schemas stay out of the
 * script put into every page.
 */
export function sendType<D extends AnyMessageDef>(type: D['type'], payload: Payload<D>): Promise<Result<Reply<D>>> {
  return send({ type } as D, payload);
}
