/**
 * The view of `/sessions/<id>/`: one session's title, kind and place among the sessions, its
 * people by role; the page renders its narration, remarks and exchanges from its MDX.
 */
import { type CitationSource, citeContext, pageCitation } from '../citation';
import { neighbours, sessionPeople, type SequenceStop } from '../remark-index';
import { absoluteUrl, hrefs } from '../urls';
import type { EventData } from './event-data';
import { mdxViews, type MdxViews } from './mdx';
import { peopleGroups, type PeopleGroup } from './people';

export interface SessionPageView {
  id: string;
  title: string;
  description: string;
  /** The breadcrumb's last step: "Panel, 2 of 3" ("Session" when the source gives no kind; no count for a lone session). */
  crumb: string;
  people: PeopleGroup[];
  prev?: SequenceStop | undefined;
  next?: SequenceStop | undefined;
  cite: CitationSource;
  mdx: MdxViews;
}

/**
 * Builds the session page of `id`.
 * @param site Astro's `site`, for the citation's absolute URL
 * @throws Error if `id` is not a session of the index
 */
export function sessionPageView({ index, event }: EventData, id: string, site: string | URL): SessionPageView {
  const position = index.sessions.findIndex((s) => s.id === id);
  const session = index.sessions[position];
  if (!session) throw new Error(`session page: no session "${id}" in the index`);
  const count = index.sessions.length > 1 ? `, ${position + 1} of ${index.sessions.length}` : '';
  return {
    id,
    title: session.title,
    description: `${session.title}: the record of this part of the event, verbatim from the event summary.`,
    crumb: `${session.kind ?? 'Session'}${count}`,
    people: peopleGroups(index, sessionPeople(index, session)),
    ...neighbours(index, 'sessions', id),
    cite: pageCitation(`page-sessions-${id}`, session.title, absoluteUrl(hrefs.session(id), site), citeContext(event)),
    mdx: mdxViews(index, { collection: 'sessions', id }),
  };
}
