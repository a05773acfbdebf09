// An error in words a user understands, with the exact provider message and the next step.
import type { ErrorInfo } from '@/utils/errors';
import { formatDateTime, t } from '@/utils/i18n';
import { describeError } from '@/utils/ui/describe-error';

export interface ErrorNoticeProps {
  error: ErrorInfo;
  onRetry?: () => void;
  onOpenSettings?: () => void;
  /** Injected clock for tests. */
  now?: number;
}

export function ErrorNotice({ error, onRetry, onOpenSettings, now }: ErrorNoticeProps) {
  const view = describeError(error, now);
  const resumes = view.resumesAt != null ? formatDateTime(new Date(view.resumesAt), { timeStyle: 'short' }) : '';
  return (
    <div class="tp-error" role="alert" data-kind={error.kind}>
      <p class="tp-error-title">
        <span class="tp-error-icon" aria-hidden="true">
          ⚠
        </span>{' '}
        {t(view.title)}
      </p>
      <p class="tp-error-hint">{t(view.hint, resumes)}</p>
      {error.message && <p class="tp-error-detail">{error.message}</p>}
      <div class="tp-error-actions">
        {view.next === 'settings' && onOpenSettings && (
          <button type="button" class="tp-btn" onClick={onOpenSettings}>
            {t('ui_action_openSettings')}
          </button>
        )}
        {(view.next === 'retry' || view.next === 'wait' || view.next === 'none') && onRetry && (
          <button type="button" class="tp-btn" onClick={onRetry}>
            {t('ui_action_retry')}
          </button>
        )}
      </div>
    </div>
  );
}
