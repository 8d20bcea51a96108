// A chart drawn by Observable Plot into a container sized to the page (phones included). The
// library is loaded on first use, so pages without charts stay light.
import { useEffect, useRef } from "preact/hooks";

type PlotModule = typeof import("@observablehq/plot");
export type PlotFigure = (HTMLElement | SVGSVGElement) & { value?: unknown };

/** A band axis of periods (YYYY-MM or YYYY-Www) in words; slanted when the chart is narrow. */
export function periodAxis(format: (p: string) => string, width: number, count: number) {
  const crowded = width / Math.max(1, count) < 90;
  return { type: "band" as const, label: null, tickFormat: format, tickRotate: crowded ? -35 : 0 };
}

/** Few periods make a narrower chart, not bars as wide as the page. */
export const chartWidth = (width: number, count: number) => Math.min(width, 120 + 140 * Math.max(1, count));

/** Extra bottom margin for slanted period labels. */
export const periodMargin = (width: number, count: number) => (width / Math.max(1, count) < 90 ? 64 : 30);

export function Chart({ draw, label, onPick, deps }: {
  draw(Plot: PlotModule, width: number): PlotFigure;
  label: string;
  /** Called with the datum under the pointer when the chart is clicked. */
  onPick?(datum: unknown): void;
  deps: unknown[];
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let fig: PlotFigure | undefined;
    let cancelled = false;
    import("@observablehq/plot").then((Plot) => {
      if (cancelled || !box.current) return;
      // the drawing fits inside the container's padding
      fig = draw(Plot, Math.max(260, box.current.clientWidth - 18));
      if (onPick) fig.addEventListener("click", () => fig?.value !== undefined && fig.value !== null && onPick(fig.value));
      box.current.replaceChildren(fig);
    });
    return () => {
      cancelled = true;
      fig?.remove();
    };
  }, deps);
  return <div class="chart" ref={box} role="img" aria-label={label} />;
}
