/**
 * `/event.json`: the event, its people, topics and remarks with ids, text and URLs, for reuse by
 * others and as the input of the Pagefind integration.
 */
import type { EventInput } from './event-model';
import { hasPage, homeTitle, partLabel, roleLabel, speakerLabel, topicTitles, type EventIndex, type IndexedRemark } from './remark-index';
import { hrefs } from './urls';

export interface EventJson {
  event: Omit<EventInput, 'file' | 'panel' | 'programme' | 'sessions' | 'roles'> & { url: string };
  speakers: Array<{
    id: string;
    name: string;
    honorific?: string | undefined;
    role: string;
    roleLabel: string;
    affiliation?: string | undefined;
    url?: string | undefined;
  }>;
  sessions: Array<{ id: string; title: string; kind?: string | undefined; url: string }>;
  narration: Array<{ id: string; url: string; text: string }>;
  topics: Array<{ id: string; title: string; url: string }>;
  remarks: Array<{
    id: string;
    url: string;
    part: 'presentation' | 'qa';
    partLabel: string;
    /** Everyone credited: one person, or several for a joint remark. */
    authors: Array<{ id: string; kind: 'speaker' | 'participant'; label: string; role: string; url?: string | undefined }>;
    topics: Array<{ id: string; title: string }>;
    text: string;
  }>;
}

/** Human label of an event part (defined in src/lib/remark-index.ts; re-exported for the search filter). */

/**
 * Where in the event a remark was made, as a result line and a remark page name it: "Q&A", the
 * session's title for a remark on a session page ("First panel"), else "Presentation".
 */
export function remarkPartLabel(index: EventIndex, remark: IndexedRemark): string {
  if (remark.part === 'qa') return partLabel('qa');
  return remark.home.collection === 'sessions' ? homeTitle(index, remark.home) : partLabel('presentation');
}

/**
 * Serialises the event; every URL carries `base`.
 * @param base Astro's base path
 */
export function toEventJson(event: EventInput, index: EventIndex, base?: string): EventJson {
  const { file: _file, panel: _panel, programme: _programme, sessions: _sessions, roles: _roles, ...rest } = event;
  const topicTitle = topicTitles(index);
  return {
    event: { ...rest, url: hrefs.home(base) },
    speakers: index.speakers.map((s) => ({
      id: s.id,
      name: speakerLabel(s),
      honorific: s.honorific,
      role: s.role,
      roleLabel: roleLabel(index, s.role),
      affiliation: s.affiliation,
      url: hasPage(index, s.id) ? hrefs.speaker(s.id, base) : undefined,
    })),
    sessions: index.sessions.map((s) => ({ id: s.id, title: s.title, kind: s.kind, url: hrefs.session(s.id, base) })),
    narration: index.narrations.map((n) => ({ id: n.id, url: hrefs.onPage(n.home, n.id, base), text: n.text })),
    topics: index.topics.map((t) => ({ id: t.id, title: t.title, url: hrefs.topic(t.id, base) })),
    remarks: index.remarks.map((r) => ({
      id: r.id,
      url: hrefs.onPage(r.home, r.id, base),
      part: r.part,
      partLabel: remarkPartLabel(index, r),
      authors: r.authors.map((a) => ({ ...a, url: a.kind === 'speaker' ? hrefs.speaker(a.id, base) : undefined })),
      topics: r.topics.map((id) => ({ id, title: topicTitle.get(id) ?? id })),
      text: r.text,
    })),
  };
}
