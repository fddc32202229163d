// Test helper: validates GEXF text against the official GEXF 1.3 RELAX NG grammar copied in
// tests/gexf-schema (see its README), with xmllint-wasm (no system package needed).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";

const schemaDir = fileURLToPath(new URL("./gexf-schema/1.3/", import.meta.url));
const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(schemaDir + name, "utf8") });

export async function validateGEXF(xml: string): Promise<XMLValidationResult> {
  // The grammar does not declare xsi:schemaLocation, which graphology-gexf writes on the root.
  const stripped = xml.replace(/\s+xmlns:xsi="[^"]*"/, "").replace(/\s+xsi:schemaLocation="[^"]*"/, "");
  return validateXML({
    xml: [{ fileName: "graph.gexf", contents: stripped }],
    extension: "relaxng",
    schema: [schemaFile("gexf.rng")],
    preload: [schemaFile("viz.rng"), schemaFile("dynamics.rng")],
  });
}
