// The popup's search box: shows which carrier a number belongs to while typing; Enter looks it up.
import { looksLikeNumber } from '@/utils/ui/search-input';
import { t } from '@/utils/i18n';
import { SearchField } from '../SearchField';
import { usePopupStore } from './store-context';

export function SearchBox() {
  const { query, identified, setQuery, submit } = usePopupStore().search;
  const id = identified.value;
  const typed = query.value.trim() !== '';
  return (
    <form
      class="tp-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <SearchField
        id="tp-search-input"
        label={t('popup_search_label')}
        placeholder={t('popup_search_placeholder')}
        value={query.value}
        onText={setQuery}
        plain
        describedBy="tp-search-hint"
      />
      <button type="submit" class="tp-btn tp-btn-primary" disabled={!looksLikeNumber(query.value)}>
        {t('popup_search_go')}
      </button>
      <p id="tp-search-hint" class="tp-search-hint" aria-live="polite">
        {!typed ? '' : id ? t('popup_search_identified', id.label) : looksLikeNumber(query.value) ? t('popup_search_unknown') : t('popup_search_tooShort')}
      </p>
    </form>
  );
}
