// Components under test speak any language, as in the popup and options pages.
import '@/utils/i18n-bundled';
