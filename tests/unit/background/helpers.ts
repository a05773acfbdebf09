// Shared set-up for the background unit tests: fakeBrowser with the APIs it lacks stubbed, a sandbox over
// real HTTP, and settings pointing the background at it.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startSandbox, type SandboxHandle } from '@/sandbox/server';
import { DEMO_KEYS } from '@/sandbox/demo-keys';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import { settingsItem } from '@/utils/settings/store';
import { clientTuning } from '@/utils/background/client';
import { toUserError } from '@/utils/background/to-user-error';
import type { ErrorInfo } from '@/utils/errors';

export { DEMO_KEYS };

/** Fixed sandbox clock so histories are deterministic; advance() moves it. */
export const SANDBOX_EPOCH = new Date('2026-11-20T12:00:00Z');

export function tuneClientForTests(): void {
  // No client-side spacing and no retries: the sandbox does not rate-limit by default.
  clientTuning.rateLimits = { intervalMs: 0, realtimeIntervalMs: 0 };
  clientTuning.timing = { retryLimit: 0, timeoutMs: 5_000, totalTimeoutMs: 8_000 };
}

export async function sandbox(): Promise<SandboxHandle> {
  tuneClientForTests();
  return startSandbox({ port: 0, now: SANDBOX_EPOCH });
}

/** fakeBrowser lacks these; the background must cope with them existing as in a real browser. */
function event<A extends unknown[]>() {
  const listeners: ((...args: A) => unknown)[] = [];
  return {
    addListener: (l: (...args: A) => unknown) => void listeners.push(l),
    trigger: (...args: A) => listeners.map((l) => l(...args)),
  };
}

export function stubMissingApis() {
  const menus = { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: event<[{ menuItemId: string; selectionText?: string }, { id?: number }?]>() };
  const omnibox = {
    setDefaultSuggestion: vi.fn(),
    onInputChanged: event<[string, (s: unknown[]) => void]>(),
    onInputEntered: event<[string, string]>(),
  };
  Object.assign(fakeBrowser, { contextMenus: menus, omnibox });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ version: '0.1.0', manifest_version: 3, name: 'Trackpin' }),
    openOptionsPage: vi.fn(async () => undefined),
  });
  return { menus, omnibox };
}

export async function configure(sb: SandboxHandle, overrides: Partial<Settings> = {}): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS, apiKey: DEMO_KEYS.trackingmore, endpoint: sb.trackingmoreUrl, ...overrides };
  await settingsItem.setValue(settings);
  return settings;
}

export function calls(sb: SandboxHandle, endpoint: string): number {
  return sb.log().filter((e) => e.endpoint === endpoint).length;
}

export async function notifications() {
  return (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { title: string; message: string; type: string; iconUrl: string }> }).getAllCreateOptions();
}

export async function badge(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

/** `count` distinct numbers the sandbox accepts (it invents a history for unknown numbers). */
export function numbers(count: number, prefix = 'TPX'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(7, '0')}`);
}

/** The ErrorInfo a promise fails with, as the UI would get it; throws when it succeeds. */
export async function failure(p: Promise<unknown>): Promise<ErrorInfo> {
  try {
    await p;
  } catch (error) {
    return toUserError(error);
  }
  throw new Error('expected a failure');
}
