// What an exception says, for a message a person reads: one helper for every part (the
// loaders, the CLI, the explorer), since anything can be thrown, not only an Error. Pure.

/** The exception's message, or the thrown value itself. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
