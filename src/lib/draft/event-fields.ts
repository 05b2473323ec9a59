/**
 * The `event.mdx` fields a summary states: title, date, hosts, co-hosts, venue and the document's
 * own heading, read from the heading line and the opening sentence in the patterns event summaries
 * use ("On April 20, X hosted … for a discussion on Y", "co-hosted by Z"). Nothing is invented: a
 * required field the text is silent on is "TODO: …", an optional one is left out, and the year is
 * inferred only from arithmetic the text itself states ("began in 2007 … for the last eight years").
 */
import type { Paragraph } from './sentences';
import type { Doubt } from './review';
import { headingTitle } from './patterns';
import { isPeopleList } from './people';

export { sentenceCase } from './patterns';

/** `eventSchema` fields the drafter can read from the text. */
export interface EventFields {
  title: string;
  dateAsStated?: string;
  date?: string;
  yearInferred?: boolean;
  dateNote?: string;
  hosts: string[];
  coHosts?: string[];
  venue?: string;
  documentTitle?: string;
  /** Session ids in order, when there is more than one session. */
  sessionIds?: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** The rest of a clause: up to a comma, a dash, a sentence end, a date ("on Tuesday"), or a participle that starts another clause. */
const UNTIL_CLAUSE_END = String.raw`(.+?)(?=,|\s[–—-]\s|\s(?:moderated|chaired|co-hosted|featuring|held)\b|\s(?:on|in)\s+(?:\w+day|January|February|March|April|May|June|July|August|September|October|November|December|\d)|\.(?:\s|$)|$)`;
const NUMBER_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const EVENT_KIND = String.raw`(?:(?:panel|public|private|closed-door|virtual|expert|policy|half-day|day-long)\s+)*(?:discussion|conversation|roundtable|lecture|talk|seminar|symposium|dialogue|debate|briefing|conference|workshop|webinar|event|meeting|forum|panel|keynote address|address|presentation)`;

/**
 * The kind of event the opening names ("a panel discussion on …" → "Panel discussion"), if any.
 * @example eventKind('On May 1, the club held a roundtable on bridges.') // 'Roundtable'
 */
export function eventKind(opening: string): string | undefined {
  const kind = new RegExp(`\\b(?:a|an)\\s+(${EVENT_KIND})\\b`, 'i').exec(opening)?.[1];
  return kind && cap(kind.toLowerCase());
}

const cap = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
const pad = (n: number) => String(n).padStart(2, '0');
/** A list of organisations as written: "A, B and C" → three; an "and" inside one name splits it too (flagged for review). */
const splitList = (text: string) => text.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=the\s|\p{Lu})/u).map((s) => s.replace(/^the\s+/, '').trim()).filter(Boolean);

/** Year arithmetic the text states: "began in 2007 … for the last eight years" → 2015, quoting the sentence. */
function yearEvidence(sentences: string[]): Array<{ year: number; quote: string }> {
  const re = /\b(?:in|since)\s+((?:19|20)\d\d)\b[^.;]*?\b(?:for|over|in)\s+the\s+(?:last|past)\s+(\d+|[a-z]+)\s+years?\b/gi;
  return sentences.flatMap((s) =>
    [...s.matchAll(re)].flatMap((m) => {
      const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS.indexOf(m[2]!.toLowerCase());
      return n > 0 ? [{ year: Number(m[1]) + n, quote: s }] : [];
    }),
  );
}

/**
 * Reads the event's fields.
 * @param paragraphs from `readSource`; the first may be the heading, the first prose one is the opening
 * @returns the fields, and doubts (every TODO, an inferred or missing year, guessed venue and co-hosts)
 */
export function eventFields(paragraphs: Paragraph[]): { fields: EventFields; doubts: Doubt[] } {
  const doubts: Doubt[] = [];
  const at = (field: string) => ({ file: 'event.mdx', field });
  // The opening: the first paragraph of prose, not a list of speakers or a date line beside it.
  const opening = paragraphs.find((p) => !p.heading && !p.list);
  const first = opening?.sentences[0]?.text ?? '';
  const fields: EventFields = { title: '', hosts: [] };
  if (paragraphs[0]?.heading && !isPeopleList(paragraphs[0])) fields.documentTitle = headingTitle(paragraphs[0].text);

  const openingText = opening?.text ?? '';
  const title =
    /\b(?:titled|entitled|called)\s+[“"]([^”"]+)[”"]/.exec(openingText)?.[1] ??
    new RegExp(`\\b(?:a|an|its|the)\\s+(?:annual\\s+)?${EVENT_KIND}\\s+(?:on|about|regarding|concerning|examining|exploring)\\s+${UNTIL_CLAUSE_END}`, 'i').exec(openingText)?.[1] ??
    new RegExp(`\\b${EVENT_KIND}\\s+by\\s+[^.]*?,\\s+(?:on|about)\\s+${UNTIL_CLAUSE_END}`, 'i').exec(openingText)?.[1] ??
    new RegExp(`\\b(?:spoke|lectured|talked)\\s+(?:on|about)\\s+${UNTIL_CLAUSE_END}`).exec(openingText)?.[1];
  fields.title = title ? cap(title.replace(/[.]$/, '')) : 'TODO: title (the summary states none)';
  if (!title) doubts.push({ severity: 1, place: at('title'), message: 'title: the opening names no title; write one from the text.', quote: first });
  else doubts.push({ severity: 3, place: at('title'), message: 'title drafted from the opening paragraph.', quote: title });

  const host =
    /(?<![\w-])hosted by\s+(.+?)(?=,|\s(?:on|for|at|in)\s|\.(?:\s|$)|$)/.exec(openingText)?.[1] ??
    /(?:^|\s)(?:On|In)\s+(?:\w+day,\s+)?[^,]*?(?:,\s*\d{4})?,\s+(.+?)\s+(?:hosted|held|convened|organi[sz]ed|sponsored)\b/.exec(first)?.[1] ??
    /^(.+?)\s+(?:hosted|held|convened|organi[sz]ed|sponsored)\b/.exec(first)?.[1];
  const partner = /^(.+?),?\s+(?:together|in (?:partnership|cooperation|collaboration|association)) with\s+(.+?),?$/.exec(host ?? '');
  fields.hosts = host ? [(partner?.[1] ?? host).replace(/^the\s+/, '')] : ['TODO: host (the summary names none)'];
  if (!host) doubts.push({ severity: 1, place: at('hosts'), message: 'hosts: the opening names no host; write who held the event.', quote: first });
  const coHosts = [
    ...(partner ? splitList(partner[2]!) : []),
    ...[...(opening?.text ?? '').matchAll(/\b(?:co-hosted|co-sponsored|co-organi[sz]ed) by\s+(.+?)(?=[.;]|,\s(?!and\b)|$)|\bin (?:partnership|cooperation|collaboration) with\s+(.+?)(?=[.;,]|$)/g)].flatMap((m) => splitList((m[1] ?? m[2])!)),
  ];
  if (coHosts.length) {
    fields.coHosts = [...new Set(coHosts)];
    doubts.push({ severity: 3, place: at('coHosts'), message: `co-hosts read as ${fields.coHosts.map((c) => `“${c}”`).join(', ')}: check the list was split right.`, quote: first });
  }

  const venue = /\b(?:held|took place|hosted|convened)\b[^.]*?\s+at\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}’'.-]*)*(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?)/u.exec(first)?.[1];
  if (venue) {
    fields.venue = venue.replace(/\.$/, '');
    doubts.push({ severity: 3, place: at('venue'), message: `venue read as “${fields.venue}”.`, quote: first });
  }

  const date = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?|\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`).exec(opening?.text ?? '');
  if (!date) {
    doubts.push({ severity: 2, place: at('dateAsStated'), message: 'no date found in the opening: date fields left out.' });
    return { fields, doubts };
  }
  fields.dateAsStated = date[0];
  const month = MONTHS.indexOf((date[1] ?? date[5])!.toLowerCase()) + 1;
  const day = Number(date[2] ?? date[4]);
  const stated = date[3] ?? date[6];
  if (stated) {
    fields.date = `${stated}-${pad(month)}-${pad(day)}`;
    return { fields, doubts };
  }
  const all = paragraphs.flatMap((p) => p.sentences.map((s) => s.text));
  const evidence = yearEvidence(all);
  const years = new Set(evidence.map((e) => e.year));
  const latest = Math.max(0, ...all.flatMap((s) => [...s.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]))));
  if (years.size === 1 && latest <= [...years][0]!) {
    const year = [...years][0]!;
    fields.date = `${year}-${pad(month)}-${pad(day)}`;
    fields.yearInferred = true;
    const quotes = evidence.map((e) => `“${e.quote}”`).join('; ');
    fields.dateNote = `The summary gives the date only as “${date[0]}”. The year ${year} is inferred from the text: ${quotes}${latest === year ? `; ${year} is also the latest year the text mentions` : ''}.`;
    doubts.push({ severity: 1, place: at('date'), message: `year ${year} inferred, not stated: check it against the source's publication.`, quote: evidence[0]!.quote });
  } else {
    doubts.push({ severity: 2, place: at('dateAsStated'), message: `the text gives no year for “${date[0]}”${latest ? ` (the latest year it mentions is ${latest})` : ''}: \`date\` left out; add it with \`yearInferred: true\` and a \`dateNote\` if you can establish it.` });
  }
  return { fields, doubts };
}
