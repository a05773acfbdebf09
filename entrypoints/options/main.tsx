// Options entry: builds the view model with the real browser services and mounts the page.
import { render } from 'preact';
import { effect } from '@preact/signals';
import '@/utils/i18n-bundled';
import '@/components/theme.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OptionsStoreContext } from '@/components/options/store-context';
import { createOptionsStore } from '@/utils/ui/stores/options';
import * as services from '@/utils/ui/services';
import { locale, resolveLocale } from '@/utils/i18n';

const store = createOptionsStore({ ...services, now: () => Date.now() });

// The UI language follows the saved setting (and switches as soon as a new one is saved).
effect(() => {
  const saved = store.saved.value;
  if (saved) locale.value = resolveLocale(saved.uiLanguage, navigator.languages);
});
effect(() => {
  document.documentElement.lang = locale.value;
});

store.actions.subscribe();
void store.actions.init();
render(
  <OptionsStoreContext.Provider value={store}>
    <OptionsApp />
  </OptionsStoreContext.Provider>,
  document.getElementById('app')!,
);
