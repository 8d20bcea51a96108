// A text field for an entity name with suggestions from GET /api/entities?q=.
import { useEffect, useState } from "preact/hooks";
import { getJson, type EntityList } from "../api";

let seq = 0;

export function EntityInput({ label, name, value, onInput }: { label: string; name: string; value: string; onInput(v: string): void }) {
  const [id] = useState(() => `ent-${++seq}`);
  const [options, setOptions] = useState<EntityList["results"]>([]);
  useEffect(() => {
    const q = value.trim();
    if (q.length < 2) return setOptions([]);
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      getJson<EntityList>("/api/entities", { q, limit: 8 }, ctl.signal).then((r) => setOptions(r.results), () => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [value]);
  return (
    <label class="field">
      <span>{label}</span>
      <input name={name} value={value} list={`${id}-list`} autocomplete="off" onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      <datalist id={`${id}-list`}>
        {options.map((o) => <option key={o.id} value={o.name}>{o.name_en ?? ""}</option>)}
      </datalist>
    </label>
  );
}
