/**
 * How long search waits for its code, the index or one Pagefind call before it says "Search did not answer"
 * (with a Retry) rather than leave a reader waiting for good.
 */

/**
 * On a built site: a cold first query on a 10,000-remark event on a slow phone takes about 2 s; four times
 * that is a hang, not a slow answer.
 */
export const SEARCH_TIMEOUT_MS = 8000;

/**
 * Under `astro dev`: the dev server compiles each module on its first request, which on a loaded 2-core
 * machine took longer than 8 s (a CI run showed "Search did not answer" right after a build). Long enough for
 * that; a real hang still ends in the message, and the built site keeps SEARCH_TIMEOUT_MS.
 */
export const DEV_SEARCH_TIMEOUT_MS = 60_000;

/**
 * The wait for this build.
 * @param dev `import.meta.env.DEV` of the caller (a parameter, so this module reads no environment)
 * @example searchTimeoutMs(false) // 8000
 */
export const searchTimeoutMs = (dev: boolean): number => (dev ? DEV_SEARCH_TIMEOUT_MS : SEARCH_TIMEOUT_MS);
