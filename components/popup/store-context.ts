// The popup store, for every popup component: `<PopupStoreContext.Provider value={store}>`, then `usePopupStore()`.
import type { PopupStore } from '@/utils/ui/stores/popup';
import { createStoreContext } from '../store-context';

export const [PopupStoreContext, usePopupStore] = createStoreContext<PopupStore>('The popup');
