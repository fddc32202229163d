// A JSON file a person gives (a curation file, a lexicon extension): read whole or refused
// whole, with a message that names the file and the entry (load/problems.ts). Pure.
import { LoadError, Problems } from "../load/problems.ts";
import { errorMessage } from "../error-message.ts";

export type Obj = Record<string, unknown>;
export const isObject = (value: unknown): value is Obj => value !== null && typeof value === "object" && !Array.isArray(value);

/** `read` of the parsed text, or the first problem met (`p.fail`) as `{ error }`. Never throws. */
export function readJSONFile<T extends object>(text: string, name: string, read: (data: unknown, p: Problems) => T): T | { error: string } {
  const p = new Problems(name, true);
  try {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return p.fail("", `not valid JSON (${errorMessage(e)})`);
    }
    return read(data, p);
  } catch (e) {
    if (e instanceof LoadError) return { error: e.message };
    return { error: `${name}: could not be read (${errorMessage(e)})` };
  }
}
