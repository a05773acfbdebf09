// The shape of a sandbox route table, shared by the v2, v1 and v4 routes and the server.
import type { Envelope } from './envelope';
import type { Account, SandboxState } from './state';

export type Endpoint =
  | 'post' | 'get' | 'put' | 'delete' | 'batch' | 'list' | 'updatemore' | 'deletemany' | 'realtime' | 'update'
  | 'getuserinfo' | 'getstatusnumber' | 'notupdate' | 'remote' | 'costtime' | 'aircargo' | 'carriers' | 'detect';

export interface Ctx {
  state: SandboxState;
  account: Account;
  api: 'v2' | 'v1' | 'v4';
  /** Path captures: carrier code, tracking number, optional lang. */
  params: string[];
  query: URLSearchParams;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
  badJson: boolean;
  now: number;
}

export type Handler = (ctx: Ctx) => Envelope;

export interface Route {
  path: string | RegExp;
  /** Method → endpoint name and handler. */
  methods: Partial<Record<string, [Endpoint, Handler]>>;
}
