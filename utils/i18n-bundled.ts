// All four catalogs, for the contexts that show any language at any time (popup, options, background).
// Importing this module registers them; the background also hands one language to content scripts.
import en from '../public/_locales/en/messages.json';
import pl from '../public/_locales/pl/messages.json';
import it from '../public/_locales/it/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { addCatalog, LOCALES, type Locale, type Strings } from './i18n-catalogs';

type Catalog = Record<string, { message: string }>;
const flat = (catalog: Catalog): Strings => Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, v.message]));

const BUNDLED: Record<Locale, Strings> = { en: flat(en), pl: flat(pl), it: flat(it), ru: flat(ru) };
for (const lang of LOCALES) addCatalog(lang, BUNDLED[lang]);

/** One language's strings, for a content script (it carries none of its own). */
export function bundledStrings(lang: Locale): Strings {
  return BUNDLED[lang];
}
