// Address-bar keyword `tp`: "tp 1Z999AA10123456784" opens that shipment's details.
import { carrierName, defaultCarrier, identifyOrParcel } from '../tracking-numbers';
import { t } from '../i18n';
import { detailsUrl } from './details-url';

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

/** Chrome parses descriptions as XML: keep only characters that cannot break it. */
function safe(text: string): string {
  return text.replace(/[<>&"']/g, ' ');
}

export function suggestionsFor(input: string): OmniboxSuggestion[] {
  const text = input.trim();
  if (text.length < 5) return [];
  const id = identifyOrParcel(text);
  const carrier = defaultCarrier(id, 'first');
  const name = id.kind === 'awb' ? 'AWB' : carrier ? carrierName(carrier) : '?';
  return [{ content: id.number, description: safe(t('bg_omniboxSuggest', id.number, name)) }];
}

export function defaultSuggestion(): string {
  return safe(t('bg_omniboxDefault'));
}

/** The details page for what was typed (carrier "auto" when the engine cannot tell it). */
export function urlForInput(input: string): string | null {
  const text = input.trim();
  if (text.length < 5 || text.length > 64) return null;
  const id = identifyOrParcel(text);
  return detailsUrl(defaultCarrier(id, 'only-if-unambiguous'), id.number);
}
