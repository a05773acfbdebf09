// The options page's state and actions; browser access comes in through `OptionsServices`.
import { computed, signal } from '@preact/signals';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { msg, type AccountReply, type BulkProgress } from '@/utils/messages/background-api';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import type { OptionsServices } from '@/utils/ui/services';
import { parseImport, type ImportResult } from '@/utils/ui/import-parse';
import { buildCsv, buildJson, exportFileName } from '@/utils/ui/export-build';
import type { PrivacyLogEntry } from '@/utils/background/privacy-log';
import { createProblemsStore } from './problems';
import { createOptionsHostStore } from './options-host';
import { createSiteAccessStore } from './site-access';
import { createSyncStatusStore } from './sync-status';

type Async<T> = { state: 'idle' } | { state: 'busy' } | { state: 'ok'; data: T } | { state: 'error'; error: ErrorInfo };

export function createOptionsStore(services: OptionsServices) {
  const saved = signal<Settings | null>(null);
  const draft = signal<Settings>({ ...DEFAULT_SETTINGS });
  /** Fields the user changed in this page; loading the stored settings never overwrites them. */
  const edited = new Set<keyof Settings>();
  const loadError = signal<ErrorInfo | null>(null);
  const save = signal<Async<Settings>>({ state: 'idle' });
  const keyCheck = signal<Async<AccountReply>>({ state: 'idle' });
  const account = signal<Async<{ account: AccountReply; counts: Record<string, number> | null }>>({ state: 'idle' });
  const remote = signal<Async<{ carrier: string; country: string; postcode: string }[]>>({ state: 'idle' });
  const importText = signal('');
  const importStart = signal<Async<BulkProgress>>({ state: 'idle' });
  const progress = signal<BulkProgress | null>(null);
  const exportState = signal<Async<number>>({ state: 'idle' });
  const privacyLog = signal<Async<PrivacyLogEntry[]>>({ state: 'idle' });
  /** The provider saved before the user switched in this page; pins then live in that account. */
  const switchedFrom = signal<Settings['provider'] | null>(null);
  const recreate = signal<Async<BulkProgress>>({ state: 'idle' });
  const problems = createProblemsStore(services);
  const host = createOptionsHostStore(services, {
    keyCheckError: () => (keyCheck.value.state === 'error' ? keyCheck.value.error : null),
    recheckKey: () => void actions.checkKey(),
  });
  // Saved apart from the draft; the draft follows so that Save does not put the old mode back.
  const siteAccess = createSiteAccessStore(services, (next) => {
    saved.value = next;
    draft.value = { ...draft.value, siteAccess: next.siteAccess };
  });
  const sync = createSyncStatusStore(services);

  const dirty = computed(() => saved.value !== null && JSON.stringify(saved.value) !== JSON.stringify(draft.value));
  const importPreview = computed<ImportResult>(() => parseImport(importText.value));

  async function persist(settings: Partial<Settings>): Promise<Settings | null> {
    save.value = { state: 'busy' };
    const r = await services.send(msg.saveSettings, { settings: settings as Record<string, unknown> });
    if (!r.ok) {
      save.value = { state: 'error', error: r.error };
      return null;
    }
    save.value = { state: 'ok', data: r.data };
    saved.value = r.data;
    void host.refresh(r.data);
    return r.data;
  }

  const actions = {
    async init() {
      const r = await services.send(msg.getSettings, {});
      if (r.ok) {
        saved.value = r.data;
        // Keep what the user already typed: the settings can arrive after the first keystrokes.
        const typed = Object.fromEntries([...edited].map((k) => [k, draft.value[k]]));
        draft.value = { ...r.data, ...typed };
        void host.refresh(r.data);
      } else loadError.value = r.error;
      progress.value = await services.readBulkProgress();
      await Promise.all([problems.load(), sync.load()]);
    },
    subscribe(): () => void {
      return services.watchBulkProgress((p) => (progress.value = p));
    },
    update(patch: Partial<Settings>) {
      for (const k of Object.keys(patch) as (keyof Settings)[]) edited.add(k);
      draft.value = { ...draft.value, ...patch };
      if (save.value.state !== 'busy') save.value = { state: 'idle' };
      if ('apiKey' in patch || 'provider' in patch || 'endpoint' in patch) keyCheck.value = { state: 'idle' };
    },
    setImportText(text: string) {
      importText.value = text;
    },
    removeSite(host: string) {
      actions.update({ disabledSites: draft.value.disabledSites.filter((h) => h !== host) });
    },
    async save() {
      const before = saved.value?.provider;
      const next = await persist(draft.value);
      if (next) draft.value = { ...next };
      if (next && before && next.provider !== before) {
        switchedFrom.value = before;
        recreate.value = { state: 'idle' };
      }
      return next;
    },
    async recreatePins() {
      recreate.value = { state: 'busy' };
      const r = await services.send(msg.recreatePins, {});
      recreate.value = r.ok ? { state: 'ok', data: r.data } : { state: 'error', error: r.error };
      if (r.ok && (!progress.value || progress.value.jobId !== r.data.jobId || progress.value.done < r.data.done)) progress.value = r.data;
    },
    async dismissOnboarding() {
      const next = await persist({ onboarded: true });
      if (next) draft.value = { ...draft.value, onboarded: true };
    },
    async checkKey() {
      const d = draft.value;
      keyCheck.value = { state: 'busy' };
      const payload: { provider: Settings['provider']; apiKey: string; endpoint?: string } = { provider: d.provider, apiKey: d.apiKey.trim() };
      if (d.endpoint.trim()) payload.endpoint = d.endpoint.trim();
      const r = await services.send(msg.checkKey, payload);
      keyCheck.value = r.ok ? { state: 'ok', data: r.data } : { state: 'error', error: r.error };
    },
    async loadAccount() {
      account.value = { state: 'busy' };
      const r = await services.send(msg.account, {});
      account.value = r.ok ? { state: 'ok', data: r.data } : { state: 'error', error: r.error };
    },
    async remoteCheck(country: string, postcode: string) {
      remote.value = { state: 'busy' };
      const r = await services.send(msg.remoteCheck, { country: country.trim(), postcode: postcode.trim() });
      remote.value = r.ok ? { state: 'ok', data: r.data.remote } : { state: 'error', error: r.error };
    },
    async startImport() {
      const entries = importPreview.value.entries;
      if (entries.length === 0) return;
      importStart.value = { state: 'busy' };
      const r = await services.send(msg.bulkPin, { entries });
      if (!r.ok) {
        importStart.value = { state: 'error', error: r.error };
        return;
      }
      importStart.value = { state: 'ok', data: r.data };
      // The reply is the job's first snapshot; later ones arrive through storage.
      if (!progress.value || progress.value.jobId !== r.data.jobId || progress.value.done < r.data.done) progress.value = r.data;
    },
    async cancelImport() {
      await services.send(msg.bulkCancel, {});
    },
    async loadPrivacyLog() {
      privacyLog.value = { state: 'busy' };
      const r = await services.send(msg.privacyLog, {});
      privacyLog.value = r.ok ? { state: 'ok', data: r.data } : { state: 'error', error: r.error };
    },
    async exportPrivacyLog() {
      const r = await services.send(msg.privacyLog, {});
      if (!r.ok) {
        privacyLog.value = { state: 'error', error: r.error };
        return;
      }
      const stamp = new Date(services.now()).toISOString().slice(0, 10);
      services.download(`trackpin-privacy-log-${stamp}.json`, 'application/json', JSON.stringify(r.data, null, 2));
      privacyLog.value = { state: 'ok', data: r.data };
    },
    async clearPrivacyLog() {
      const r = await services.send(msg.clearPrivacyLog, {});
      privacyLog.value = r.ok ? { state: 'ok', data: [] } : { state: 'error', error: r.error };
    },
    async exportAs(kind: 'csv' | 'json') {
      exportState.value = { state: 'busy' };
      const r = await services.send(msg.watchlist, {});
      if (!r.ok) {
        exportState.value = { state: 'error', error: r.error };
        return;
      }
      const now = services.now();
      if (kind === 'csv') services.download(exportFileName('csv', now), 'text/csv;charset=utf-8', buildCsv(r.data));
      else services.download(exportFileName('json', now), 'application/json', buildJson(r.data, now));
      exportState.value = { state: 'ok', data: r.data.length };
    },
  };

  return { saved, draft, dirty, loadError, save, keyCheck, account, remote, importText, importPreview, importStart, progress, exportState, privacyLog, switchedFrom, recreate, problems, host, siteAccess, sync, actions };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
export type { Async };
