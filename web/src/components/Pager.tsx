// Previous / next page links for any list with total, limit and offset.
import { useI18n } from "../i18n";

export function Pager({ total, limit, offset, link }: { total: number; limit: number; offset: number; link(offset: number): string }) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  const last = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label="pages">
      {offset > 0 ? <a href={link(Math.max(0, offset - limit))} rel="prev">← {t.pager.prev}</a> : <span />}
      <span>{t.pager.page(offset + 1, last, total)}</span>
      {last < total ? <a href={link(offset + limit)} rel="next">{t.pager.next} →</a> : <span />}
    </nav>
  );
}
