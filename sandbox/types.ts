// What the request handler and the test hooks share, apart from the server that builds it (keeps
// hooks.ts from importing server.ts, which imports hooks.ts).
import type { Endpoint } from './route-types';
import type { V4Endpoint } from './v4/routes';
import type { Faults } from './faults';
import type { RateLimiter } from './rate-limit';
import type { SandboxState } from './state';

/** The sandbox's mutable parts, shared by the request handler and the hooks. */
export interface Sandbox {
  readonly state: SandboxState;
  readonly faults: Faults;
  readonly limiter: RateLimiter;
  log: LogEntry[];
  advance(hours: number): void;
  reset(): void;
}

export interface LogEntry {
  method: string;
  path: string;
  api: 'v2' | 'v1' | 'v4';
  endpoint: Endpoint | V4Endpoint | 'unknown';
  /** HTTP status; 0 when the connection was dropped. */
  status: number;
  /** `meta.code` of the reply, null when it was not an envelope. */
  metaCode: number | null;
  /** Sandbox-clock time, ISO. */
  at: string;
}
