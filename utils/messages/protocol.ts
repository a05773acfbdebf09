// The typed message protocol between contexts. A message is defined once (type, payload schema, who may
// send it, reply type); the background router validates sender and payload before any handler runs.
import * as v from 'valibot';
import type { ErrorInfo } from '../errors';

// Re-exported so message code keeps one import; the vocabulary itself lives in utils/errors.ts.
export type { ErrorInfo };

/** Who sent a message: an extension page (popup, options) or a content script inside a web page. */
export type Origin = 'extension-page' | 'content-script';

export type Result<R> = { ok: true; data: R } | { ok: false; error: ErrorInfo };

export interface MessageDef<T extends string, S extends v.GenericSchema, R> {
  type: T;
  schema: S;
  from: readonly Origin[];
  /** Phantom field carrying the reply type; never set at run time. */
  reply?: R;
}

/** `defineMessage<Reply>()('type', payloadSchema, ['extension-page'])` */
export function defineMessage<R>() {
  return <T extends string, S extends v.GenericSchema>(
    type: T,
    schema: S,
    from: readonly Origin[],
  ): MessageDef<T, S, R> => ({ type, schema, from });
}

// Any message definition, whatever its payload and reply types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMessageDef = MessageDef<string, v.GenericSchema, any>;
export type Payload<D> = D extends MessageDef<string, infer S, unknown> ? v.InferInput<S> : never;
export type Reply<D> = D extends MessageDef<string, v.GenericSchema, infer R> ? R : never;

/** The wire form: `{ type, payload }`. */
export interface Envelope {
  type: string;
  payload: unknown;
}

export function envelope<D extends AnyMessageDef>(def: D, payload: Payload<D>): Envelope {
  return { type: def.type, payload };
}

export class MessageError extends Error {
  constructor(readonly info: ErrorInfo) {
    super(info.message);
    this.name = 'MessageError';
  }
}
