// The legend of the current colours (AppearancePanel): a partition's values with their
// colours and counts, or a ranking's gradient from its lowest to its highest value.
import type { ColorLegend } from "../core/appearance.ts";

/**
 * A partition's values with their colours and counts, or a ranking's gradient. With `filter`,
 * each value has a tick box that hides its nodes (as the legend's types do).
 */
export function ColorLegendView({ legend, label, filter }: { legend: ColorLegend; label: string; filter?: { hidden: ReadonlySet<string>; toggle: (value: string) => void } }) {
  if (legend.kind === "fixed") return null;
  if (legend.kind === "ranking") {
    return (
      <div className="ranking-legend" aria-label={label}>
        <span>{format(legend.min)}</span>
        <span className="gradient" style={{ background: `linear-gradient(to right, ${legend.from}, ${legend.to})` }} />
        <span>{format(legend.max)}</span>
      </div>
    );
  }
  return (
    <ul className="partition-legend" aria-label={label}>
      {legend.entries.map((e) => {
        const row = (
          <>
            <span className="swatch round" style={{ background: e.color }} />
            <span className="name">{e.label}</span>
            <span className="count">{e.count}</span>
          </>
        );
        const value = e.value;
        return (
          <li key={e.label}>
            {filter && value !== undefined ? (
              <label>
                <input type="checkbox" aria-label={`${e.label} (${e.count})`} checked={!filter.hidden.has(value)} onChange={() => filter.toggle(value)} />
                {row}
              </label>
            ) : (
              row
            )}
          </li>
        );
      })}
    </ul>
  );
}

const format = (n: number): string => (Number.isInteger(n) ? String(n) : n.toPrecision(3));
