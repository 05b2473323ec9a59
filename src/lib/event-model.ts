/**
 * Plain shapes of the event's content after loading (no astro:* types), shared by the
 * validator, the remark index and the pages.
 */
import type { ExtractedExchange, ExtractedRemark } from './remarks';

/** The event itself (`content/event.mdx`). */
export interface EventInput {
  file: string;
  title: string;
  shortTitle: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  dateAsStated: string;
  dateNote: string;
  host: string;
  documentTitle: string;
  /** Panelist ids in the order they presented. */
  panel: string[];
  /** Exchange ids in the order they happened in the Q&A. */
  programme: string[];
  /** Event-specific notes on how the text was prepared (edition notes). */
  preparation?: string[];
  /** How the source page's paragraphs differ from the file, if they do. */
  sourceNote?: string;
  /** What the A–Z index leaves out and why. */
  azNote?: string;
}

/** A panelist (`content/speakers/<id>.mdx`). */
export interface SpeakerInput {
  id: string;
  file: string;
  name: string;
  honorific?: string;
  shortName: string;
  role: string;
}

/** A commentator or audience member (`content/participants.json`); never shown as a speaker. */
export interface ParticipantInput {
  id: string;
  file: string;
  label: string;
  role: 'commentator' | 'audience-member';
  asDescribed: string;
}

/** A Q&A topic page (`content/topics/<id>.mdx`). */
export interface TopicInput {
  id: string;
  file: string;
  title: string;
}

/** Everything loaded from `content/`, with each MDX body's remarks extracted. */
export interface ContentInput {
  event: EventInput;
  speakers: SpeakerInput[];
  participants: ParticipantInput[];
  topics: TopicInput[];
  /** Remarks in file order, each file in the order given. */
  remarks: ExtractedRemark[];
  exchanges: ExtractedExchange[];
}
