// The options store, for every options section: `<OptionsStoreContext.Provider value={store}>`, then `useOptionsStore()`.
import type { OptionsStore } from '@/utils/ui/stores/options';
import { createStoreContext } from '../store-context';

export const [OptionsStoreContext, useOptionsStore] = createStoreContext<OptionsStore>('The options page');
