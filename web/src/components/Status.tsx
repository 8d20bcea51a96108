// Loading and error states of a fetch, announced to screen readers.
import { ApiFailure, type Loaded } from "../api";
import { useI18n } from "../i18n";

/** `notFound`: what to say, in the interface language, when the API answers 404. */
export function Status({ value, notFound }: { value: Loaded<unknown> | null; notFound?: string }) {
  const { t } = useI18n();
  if (!value || value.state === "ok") return null;
  if (value.state === "loading") return <p class="status" role="status">{t.loading}</p>;
  if (notFound && value.error instanceof ApiFailure && value.error.status === 404) return <p class="status" role="alert">{notFound}</p>;
  return <p class="status error" role="alert"><strong>{t.error}:</strong> {value.error.message}</p>;
}
