import { defineBackground } from 'wxt/utils/define-background';
import '@/utils/i18n-bundled';
import { registerBackground } from '@/utils/background/lifecycle';

// Thin on purpose: everything lives in utils/background so it can be unit-tested without a browser.
export default defineBackground(() => registerBackground());
