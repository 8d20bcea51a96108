import { EVENT_TYPES, useI18n } from "../i18n";

/** The PLOVER event-type filter shared by the search and timeline forms. */
export function EventTypeSelect({ value, onChange }: { value: string; onChange(e: Event): void }) {
  const { t } = useI18n();
  return (
    <label class="field">
      <span>{t.search.type}</span>
      <select name="type" value={value} onChange={onChange}>
        <option value="">{t.search.anyType}</option>
        {EVENT_TYPES.map((ty) => <option key={ty} value={ty}>{t.types[ty]}</option>)}
      </select>
    </label>
  );
}
