/**
 * Where the event's content lives, relative to the project root: `EVENT_CONTENT_DIR`, or
 * `content` by default. Tests point it at small fixture events.
 */
export const contentDir: string = (process.env.EVENT_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
