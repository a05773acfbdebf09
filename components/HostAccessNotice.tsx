// Why Trackpin needs an API host permission, with the button that asks the browser for it. Used by the popup
// banner and the options key section; the click handler must ask synchronously (a user gesture).
import { t } from '@/utils/i18n';
import { hostName } from '@/utils/background/host-access';

export interface HostAccessNoticeProps {
  /** The match pattern withheld, e.g. `https://api.trackingmore.com/*`. */
  origin: string;
  /** The user declined the browser's prompt. */
  refused: boolean;
  onAllow: () => void;
}

export function HostAccessNotice({ origin, refused, onAllow }: HostAccessNoticeProps) {
  const host = hostName(origin);
  return (
    <div class="tp-banner tp-note" role="status" data-banner="host-permission">
      <p>{t('ui_host_reason', host)}</p>
      <button type="button" class="tp-btn" onClick={onAllow}>
        {t('ui_host_allow', host)}
      </button>
      {refused && <p class="tp-muted">{t('ui_host_refused')}</p>}
    </div>
  );
}
