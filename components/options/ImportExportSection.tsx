// Bulk import (pasted numbers or CSV) with progress and cancel; export of the watchlist as CSV or JSON.
import { formatNumber, t } from '@/utils/i18n';
import { ErrorNotice } from '../ErrorNotice';
import { describeError } from '@/utils/ui/describe-error';
import type { ErrorInfo } from '@/utils/messages/protocol';
import { useOptionsStore } from './store-context';

export function ImportSection() {
  const store = useOptionsStore();
  const preview = store.importPreview.value;
  const p = store.progress.value;
  const start = store.importStart.value;
  const running = p?.state === 'running';
  return (
    <section class="tp-card" aria-labelledby="tp-import-h">
      <h2 id="tp-import-h">{t('options_import_title')}</h2>
      <div class="tp-field">
        <label for="tp-import-text">{t('options_import_label')}</label>
        <textarea
          id="tp-import-text"
          rows={6}
          value={store.importText.value}
          onInput={(e) => store.actions.setImportText(e.currentTarget.value)}
          aria-describedby="tp-import-help"
        />
        <p id="tp-import-help" class="tp-help">
          {t('options_import_help')}
        </p>
        <label for="tp-import-file">{t('options_import_file')}</label>
        <input
          id="tp-import-file"
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) store.actions.setImportText(await file.text());
          }}
        />
      </div>
      {store.importText.value.trim() !== '' && (
        <p class="tp-muted" aria-live="polite">
          {t('options_import_preview', formatNumber(preview.entries.length))}
          {preview.duplicates > 0 && ` ${t('options_import_duplicates', formatNumber(preview.duplicates))}`}
          {preview.rejected.length > 0 &&
            ` ${t('options_import_rejected', formatNumber(preview.rejected.length), preview.rejected.slice(0, 3).map((r) => r.line).join(', '))}`}
        </p>
      )}
      <div class="tp-inline">
        <button
          type="button"
          class="tp-btn tp-btn-primary"
          disabled={preview.entries.length === 0 || running || start.state === 'busy'}
          onClick={() => void store.actions.startImport()}
        >
          {t('options_import_start', formatNumber(preview.entries.length))}
        </button>
        {running && (
          <button type="button" class="tp-btn" onClick={() => void store.actions.cancelImport()}>
            {t('options_import_cancel')}
          </button>
        )}
      </div>
      {start.state === 'error' && <ErrorNotice error={start.error} />}
      {p && (
        <div class="tp-progress" aria-live="polite">
          <label for="tp-import-progress">
            {t(
              p.state === 'running'
                ? 'options_import_running'
                : p.state === 'done'
                  ? 'options_import_done'
                  : p.state === 'cancelled'
                    ? 'options_import_cancelled'
                    : 'options_import_failed',
              formatNumber(p.done),
              formatNumber(p.total),
              formatNumber(p.added),
            )}
          </label>
          <progress id="tp-import-progress" max={p.total || 1} value={p.done} />
          {p.error && (p.state === 'running' || p.state === 'failed') && (
            <p class="tp-import-error" role="status">
              {t(p.state === 'running' ? 'options_import_waiting' : 'options_import_stopped', errorText(p.error))}
            </p>
          )}
          {(p.duplicates?.length ?? 0) > 0 && (
            <details>
              <summary>{t('options_import_alsoPinned', formatNumber(p.duplicates!.length))}</summary>
              <ul class="tp-failures">
                {p.duplicates!.slice(0, 200).map((d) => (
                  <li key={d.number}>
                    <span class="tp-number">{d.number}</span>: {d.carriers.join(', ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {p.failed.length > 0 && (
            <details>
              <summary>{t('options_import_failures', formatNumber(p.failed.length))}</summary>
              <ul class="tp-failures">
                {p.failed.slice(0, 200).map((f) => (
                  <li key={f.number}>
                    <span class="tp-number">{f.number}</span>: {f.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}

export function ExportSection() {
  const store = useOptionsStore();
  const s = store.exportState.value;
  return (
    <section class="tp-card" aria-labelledby="tp-export-h">
      <h2 id="tp-export-h">{t('options_export_title')}</h2>
      <p class="tp-help">{t('options_export_help')}</p>
      <div class="tp-inline">
        <button type="button" class="tp-btn" onClick={() => void store.actions.exportAs('csv')}>
          {t('options_export_csv')}
        </button>
        <button type="button" class="tp-btn" onClick={() => void store.actions.exportAs('json')}>
          {t('options_export_json')}
        </button>
      </div>
      {s.state === 'ok' && (
        <p class="tp-ok" role="status">
          {t('options_export_done', formatNumber(s.data))}
        </p>
      )}
      {s.state === 'error' && <ErrorNotice error={s.error} />}
    </section>
  );
}

/** "Too many requests: retry after 30 s" — the kind in words, then the provider's own message. */
function errorText(error: ErrorInfo): string {
  const title = t(describeError(error).title);
  return error.message && error.message !== title ? `${title} (${error.message})` : title;
}
