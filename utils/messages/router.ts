// Validates every incoming message against its definition before the handler sees it, and turns
// every outcome (including thrown errors) into a serialisable Result.
import * as v from 'valibot';
import type { AnyMessageDef, ErrorInfo, Origin, Payload, Reply, Result } from './protocol';
import { classifySender, type SenderLike } from './sender';

export type Handler<D extends AnyMessageDef> = (
  payload: v.InferOutput<D['schema']>,
  context: { origin: Origin; sender: SenderLike },
) => Promise<Reply<D>> | Reply<D>;

export interface Route<D extends AnyMessageDef = AnyMessageDef> {
  def: D;
  handle: Handler<D>;
}

export function route<D extends AnyMessageDef>(def: D, handle: Handler<D>): Route {
  return { def, handle } as unknown as Route;
}

export function invalid(message: string): ErrorInfo {
  return { kind: 'invalid-message', message };
}

export type ErrorMapper = (error: unknown) => ErrorInfo;

const defaultErrorMapper: ErrorMapper = (error) => ({
  kind: 'internal',
  message: error instanceof Error ? error.message : String(error),
});

export function createRouter(
  routes: Route[],
  self: { id: string; origin: string },
  toError: ErrorMapper = defaultErrorMapper,
) {
  const byType = new Map(routes.map((r) => [r.def.type, r]));
  return async (message: unknown, sender: SenderLike): Promise<Result<unknown>> => {
    const origin = classifySender(sender, self.id, self.origin);
    if (!origin) return { ok: false, error: invalid('Message from an unknown sender was rejected.') };
    if (typeof message !== 'object' || message === null || typeof (message as { type?: unknown }).type !== 'string') {
      return { ok: false, error: invalid('Malformed message.') };
    }
    const { type, payload } = message as { type: string; payload?: unknown };
    const r = byType.get(type);
    if (!r) return { ok: false, error: invalid(`Unknown message type "${type}".`) };
    if (!r.def.from.includes(origin)) {
      return { ok: false, error: invalid(`Message "${type}" is not allowed from a ${origin}.`) };
    }
    const parsed = v.safeParse(r.def.schema, payload ?? {});
    if (!parsed.success) {
      const first = parsed.issues[0];
      const where = first?.path?.map((p) => String(p.key)).join('.') || 'payload';
      return { ok: false, error: invalid(`Invalid "${type}" message: ${where}: ${first?.message ?? 'invalid'}`) };
    }
    try {
      return { ok: true, data: await r.handle(parsed.output, { origin, sender }) };
    } catch (error) {
      return { ok: false, error: toError(error) };
    }
  };
}

export type { Payload };
