// A search input with a label only screen readers hear (the placeholder says the same for sighted users).
interface Props {
  id: string;
  label: string;
  value: string;
  onText: (text: string) => void;
  /** Defaults to the label. */
  placeholder?: string;
  /** Typed numbers, not words: no autocomplete or spell check. */
  plain?: boolean;
  describedBy?: string;
}

export function SearchField({ id, label, value, onText, placeholder = label, plain = false, describedBy }: Props) {
  return (
    <>
      <label class="tp-sr-only" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        value={value}
        onInput={(e) => onText(e.currentTarget.value)}
        {...(plain ? { autocomplete: 'off', spellcheck: false } : {})}
        aria-describedby={describedBy}
      />
    </>
  );
}
