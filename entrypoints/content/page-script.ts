// Asks the background to put one of Trackpin's own scripts (the engine, the card) into this frame's
// content-script world (utils/background/page-scripts.ts); each leaves what it offers on the global.
import { sendType } from '@/utils/messages/send';
import type { msg } from '@/utils/messages/background-api';

export async function loadPageScript<T>(script: 'card' | 'engine', global: string): Promise<T> {
  const r = await sendType<typeof msg.loadScript>('load-script', { script });
  if (!r.ok) throw new Error(r.error.message);
  const value = (globalThis as Record<string, unknown>)[global];
  if (value === undefined) throw new Error(`Trackpin's ${script} script did not load.`);
  return value as T;
}
