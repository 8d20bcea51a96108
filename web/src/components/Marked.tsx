// A search snippet: words the store wrapped in [[ ]] become <mark>. Split as text, never parsed as HTML.
export function splitMarks(snippet: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let rest = snippet;
  for (;;) {
    const open = rest.indexOf("[[");
    const close = open < 0 ? -1 : rest.indexOf("]]", open + 2);
    if (open < 0 || close < 0) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), mark: false });
    parts.push({ text: rest.slice(open + 2, close), mark: true });
    rest = rest.slice(close + 2);
  }
  if (rest) parts.push({ text: rest, mark: false });
  return parts;
}

export function Marked({ text }: { text: string }) {
  return <>{splitMarks(text).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}
