// Node keys graphology can hold. It keeps each node's neighbours in plain objects, where a
// key that every JavaScript object has ("constructor", "toString", "__proto__") finds
// Object's member: an edge to such a node breaks the graph's neighbour lookups and writes
// into Object itself. The loaders give such a node another key. Pure.

/** What the loaders' warning says of such a key. */
export const INHERITED_KEY = "a name every JavaScript object has as a member, which graphology cannot take as a node key";

/** Whether `key` is a member of every object (it is in Object.prototype). */
export const isInheritedKey = (key: string): boolean => key in Object.prototype;

/** `key` with ' added until it is no member of every object and not `taken`. */
export function freeKey(key: string, taken: (key: string) => boolean): string {
  let free = `${key}'`;
  while (isInheritedKey(free) || taken(free)) free += "'";
  return free;
}
