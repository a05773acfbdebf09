// Popup entry: builds the view model with the real browser services and mounts the app.
import { render } from 'preact';
import { effect } from '@preact/signals';
import '@/utils/i18n-bundled';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import '@/components/popup/watch.css';
import '@/components/popup/lifecycle.css';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupStoreContext } from '@/components/popup/store-context';
import { createPopupStore } from '@/utils/ui/stores/popup';
import { candidateCarriers, carrierName, identify } from '@/utils/tracking-numbers';
import { label } from '@/utils/ui/number-label';
import * as services from '@/utils/ui/services';
import { locale, resolveLocale } from '@/utils/i18n';
import { msg } from '@/utils/messages/background-api';

const store = createPopupStore({
  ...services,
  identify: (input) => {
    const id = identify(input);
    return id && { ...id, label: label(id) };
  },
  carrierName,
  carrierChoices: candidateCarriers,
  setHash: (hash) => history.replaceState(null, '', hash),
  now: () => Date.now(),
});

// The UI language follows the user's setting, else the browser's.
void services.send(msg.getSettings, {}).then((r) => {
  if (r.ok) locale.value = resolveLocale(r.data.uiLanguage, navigator.languages);
});
effect(() => {
  document.documentElement.lang = locale.value;
});
// Opened in a tab (from the card or a notification): use the width of the page, not the popup's.
if (location.hash.startsWith('#/details/')) document.documentElement.classList.add('tp-in-tab');

window.addEventListener('hashchange', () => store.actions.onHashChange(location.hash));
store.actions.subscribe();
void store.actions.init(location.hash);
render(
  <PopupStoreContext.Provider value={store}>
    <PopupApp />
  </PopupStoreContext.Provider>,
  document.getElementById('app')!,
);
