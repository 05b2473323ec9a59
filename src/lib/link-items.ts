/** Link items (`{ href, label }`) for lists of speakers and topics, as `LinkList.astro` prints them. */
import type { SpeakerInput, TopicInput } from './event-model';
import { speakerLabel, topicTitles, type EventIndex, type IndexedRemark } from './remark-index';
import { hrefs } from './urls';

export interface LinkItem {
  href: string;
  label: string;
}

/** Links to speaker pages, labelled with honorific and name. */
export function speakerLinks(speakers: Array<Pick<SpeakerInput, 'id' | 'name' | 'honorific'>>, base?: string): LinkItem[] {
  return speakers.map((s) => ({ href: hrefs.speaker(s.id, base), label: speakerLabel(s) }));
}

/** Links to topic pages, labelled with the topic title. */
export function topicLinks(topics: Array<Pick<TopicInput, 'id' | 'title'>>, base?: string): LinkItem[] {
  return topics.map((t) => ({ href: hrefs.topic(t.id, base), label: t.title }));
}

/** Links to a remark's topics, in the order the remark tags them, titled from the index (`topicTitles`). */
export function remarkTopicLinks(index: EventIndex, remark: Pick<IndexedRemark, 'topics'>, base?: string): LinkItem[] {
  const titles = topicTitles(index);
  return remark.topics.map((id) => ({ href: hrefs.topic(id, base), label: titles.get(id) ?? id }));
}
