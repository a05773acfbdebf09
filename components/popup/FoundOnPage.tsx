// Numbers the content script found on the active tab, plus the per-site detection switch.
import { t } from '@/utils/i18n';
import { usePopupStore } from './store-context';

export function FoundOnPage() {
  const store = usePopupStore();
  const found = store.found.found.value;
  const error = store.found.foundError.value;
  if (!found) return null;
  return (
    <section class="tp-section tp-found" aria-labelledby="tp-found-h">
      <div class="tp-section-head">
        <h2 id="tp-found-h">{t('popup_foundOnPage')}</h2>
        {(!error || found.allowOnly) && !found.needsAll && (
          <label class="tp-switch">
            <input
              type="checkbox"
              role="switch"
              checked={found.enabled}
              // Synchronous on purpose: granting a site asks the browser, which needs this click's gesture.
              onChange={(e) =>
                void (found.allowOnly ? store.found.setSiteAllowed(e.currentTarget.checked) : store.found.setSiteEnabled(e.currentTarget.checked))
              }
            />
            <span>{t(found.allowOnly ? 'popup_allowOnSite' : 'popup_detectOnSite')}</span>
          </label>
        )}
      </div>
      {found.needsAll ? (
        <div role="status">
          <p class="tp-muted">{t('popup_needAllSites')}</p>
          {/* Synchronous on purpose: the browser asks only inside this click's gesture. */}
          <button type="button" class="tp-btn tp-btn-primary" onClick={() => void store.found.allowAllSites()}>
            {t('options_siteAccess_allowAll')}
          </button>
        </div>
      ) : found.allowOnly && !found.enabled ? (
        <p class="tp-muted">{t('popup_notAllowed', found.host)}</p>
      ) : (found.allowOnly || found.granted) && error ? (
        <p class="tp-muted" role="status">{t('popup_reloadToFind')}</p>
      ) : error ? (
        <p class="tp-muted">{t('popup_notActiveHere')}</p>
      ) : !found.enabled ? (
        <p class="tp-muted">{t('popup_detectOff', found.host)}</p>
      ) : found.numbers.length === 0 ? (
        <p class="tp-muted">{t('popup_noneFound')}</p>
      ) : (
        <ul class="tp-found-list">
          {found.numbers.map((n) => (
            <li key={n.number}>
              <button
                type="button"
                class="tp-found-item"
                onClick={() => store.actions.openFound(n)}
              >
                <span class="tp-number">{n.number}</span>
                <span class="tp-muted">
                  {n.kind === 'awb'
                    ? t('popup_kind_awb')
                    : n.carriers[0]
                      ? store.carrierName(n.carriers[0])
                      : t('popup_carrier_unknown')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
