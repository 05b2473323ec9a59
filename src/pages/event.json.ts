import type { APIRoute } from 'astro';
import { loadEvent } from '../data/event';
import { toEventJson } from '../lib/event-json';

/** `/event.json`: the whole event record as data (see `src/lib/event-json.ts`). */
export const GET: APIRoute = async () => {
  const { event, index } = await loadEvent();
  return new Response(JSON.stringify(toEventJson(event, index), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
