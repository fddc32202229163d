// The attributes of a node or an edge that the explorer has no place for (those of a
// GEXF file from Gephi, say), listed as text: names and values may hold anything.
import { otherAttributes } from "../core/file-graph.ts";

/** Long values (JSON of whole lists) are cut: the panel is for reading, the file keeps them. */
const MAX_VALUE_LENGTH = 2000;

export function OtherAttributes({ attributes, known }: { attributes: object; known: readonly string[] }) {
  const rows = otherAttributes(attributes, known);
  if (rows.length === 0) return null;
  return (
    <>
      <h3>Attributes ({rows.length})</h3>
      <dl className="facts other-attributes">
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH - 1)}…` : value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
