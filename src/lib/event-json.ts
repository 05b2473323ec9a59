/**
 * `/event.json`: the event, its people, topics and remarks with ids, text and URLs, for reuse by
 * others and as the input of the Pagefind integration.
 */
import type { EventInput } from './event-model';
import { speakerLabel, type EventIndex } from './remark-index';
import { hrefs } from './urls';

export interface EventJson {
  event: Omit<EventInput, 'file' | 'panel' | 'programme'> & { url: string };
  speakers: Array<{ id: string; name: string; honorific?: string; role: string; url: string }>;
  topics: Array<{ id: string; title: string; url: string }>;
  remarks: Array<{
    id: string;
    url: string;
    part: 'presentation' | 'qa';
    partLabel: string;
    author: { id: string; kind: 'speaker' | 'participant'; label: string; role?: string; url?: string };
    topics: Array<{ id: string; title: string }>;
    text: string;
  }>;
}

/** Human label of an event part, as the UI and search filters show it. */
export const partLabel = (part: 'presentation' | 'qa'): string => (part === 'qa' ? 'Q&A' : 'Presentation');

/**
 * Serialises the event; every URL carries `base`.
 * @param base Astro's base path
 */
export function toEventJson(event: EventInput, index: EventIndex, base?: string): EventJson {
  const { file: _file, panel: _panel, programme: _programme, ...rest } = event;
  const topicTitle = new Map(index.topics.map((t) => [t.id, t.title]));
  return {
    event: { ...rest, url: hrefs.home(base) },
    speakers: index.speakers.map((s) => ({ id: s.id, name: speakerLabel(s), honorific: s.honorific, role: s.role, url: hrefs.speaker(s.id, base) })),
    topics: index.topics.map((t) => ({ id: t.id, title: t.title, url: hrefs.topic(t.id, base) })),
    remarks: index.remarks.map((r) => ({
      id: r.id,
      url: hrefs.onPage(r.home, r.id, base),
      part: r.part,
      partLabel: partLabel(r.part),
      author: { ...r.author, url: r.author.kind === 'speaker' ? hrefs.speaker(r.author.id, base) : undefined },
      topics: r.topics.map((id) => ({ id, title: topicTitle.get(id) ?? id })),
      text: r.text,
    })),
  };
}
