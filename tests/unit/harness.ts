// One set-up for tests that drive the background against the sandbox: a sandbox per file, and before each
// test a fresh fakeBrowser (with the APIs it lacks stubbed), fast client timing, a fresh sandbox, and
// settings pointing at it.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SandboxHandle } from '@/sandbox/server';
import type { Settings } from '@/utils/settings/model';
import { configure, sandbox, stubMissingApis, tuneClientForTests } from './background/helpers';

export interface HarnessOptions {
  /** Settings for every test (over the sandbox defaults), or false to leave storage empty. */
  settings?: Partial<Settings> | false;
}

/**
 * Returns the file's sandbox. The handle exists only once `beforeAll` ran, so what is returned forwards
 * to it; tests use it like the handle itself.
 */
export function useBackgroundHarness(options: HarnessOptions = {}): SandboxHandle {
  let sb: SandboxHandle | undefined;
  beforeAll(async () => {
    sb = await sandbox();
  });
  afterAll(() => sb?.close());
  beforeEach(async () => {
    fakeBrowser.reset();
    stubMissingApis();
    tuneClientForTests(); // tests may change it
    sb!.reset();
    if (options.settings !== false) await configure(sb!, options.settings ?? {});
  });
  return new Proxy({} as SandboxHandle, {
    get(_, prop) {
      if (!sb) throw new Error('The sandbox starts in beforeAll; use it inside tests and hooks.');
      const value = Reflect.get(sb, prop);
      return typeof value === 'function' ? value.bind(sb) : value;
    },
  });
}
