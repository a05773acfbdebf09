// The options page's name for each provider, by API version.
import type { MessageKey } from '@/utils/i18n';
import type { Provider } from '@/utils/settings/model';

export const PROVIDER_LABEL: Record<Provider, MessageKey> = {
  'trackingmore-v4': 'options_provider_tm4',
  'trackingmore-v2': 'options_provider_tm',
  'trackru-v1': 'options_provider_tr',
};
