/**
 * The `event.mdx` fields a summary states: title, date, hosts, co-hosts, venue and the document's
 * own heading, read from the heading lines and the opening sentence in the patterns event summaries
 * use ("On April 20, X hosted … for a discussion on Y", "co-hosted by Z"). Nothing is invented: a
 * required field the text is silent on is "TODO: …", an optional one is left out, and the year is
 * inferred only from arithmetic the text itself states ("began in 2007 … for the last eight years").
 */
import type { Paragraph } from './sentences';
import type { Doubt } from './review';
import { headingSession, headingTitle } from './patterns';
import { isPeopleList } from './people';

export { sentenceCase } from './patterns';

/** `eventSchema` fields the drafter can read from the text. */
export interface EventFields {
  title: string;
  dateAsStated?: string | undefined;
  date?: string | undefined;
  yearInferred?: boolean;
  dateNote?: string | undefined;
  hosts: string[];
  coHosts?: string[];
  venue?: string | undefined;
  documentTitle?: string | undefined;
  /** Session ids in order, when there is more than one session. */
  sessionIds?: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
/** The rest of a clause: up to a comma, a dash, a sentence end, a date ("on Tuesday"), or a participle that starts another clause. */
const UNTIL_CLAUSE_END = String.raw`(.+?)(?=,|\s[–—-]\s|\s(?:moderated|chaired|co-hosted|featuring|held)\b|\s(?:on|in)\s+(?:\w+day|January|February|March|April|May|June|July|August|September|October|November|December|\d)|\.(?:\s|$)|$)`;
const NUMBER_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
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
const splitList = (text: string) =>
  text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=the\s|\p{Lu})/u)
    .map((s) => s.replace(/^the\s+/, '').trim())
    .filter(Boolean);

/** A word of a proper name: capitalised ("Hallam", "Center’s", "UN", "St.") or a number inside one ("Group of 20"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}’'.&-]*|\p{N}+)`;
/** Lowercase words that may join the words of an organisation's name ("Institute for Public Policy", "Center for Ocean Futures at Greyhaven University"). */
const NAME_JOINER = String.raw`(?:of|for|on|and|&|at|in|de|du|des|der|la|le|the)`;
/** An organisation's proper name: capitalised words, maybe joined by "of", "for", "and the"…, maybe after "the". */
const ORGANISATION = String.raw`(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:${NAME_JOINER}\s+)*${NAME_WORD})*`;
/** Words that open a fronted time or place phrase, never a name ("On May 1", "Last autumn", "In Geneva"). */
const FRONTED = /^(?:On|In|At|During|Last|This|Earlier|Later|After|Before|Since|Yesterday|Today|Recently|Next|Each|Every)\b/;
/** The head nouns of organisations, to tell "the Meridian Water Trust" from "On October" among capitalised words. */
const ORGANISATION_NOUN =
  /\b(?:Institute|Institution|Center|Centre|Trust|Forum|Foundation|Council|University|College|School|Society|Association|Program|Programme|Fund|Commission|Committee|Ministry|Department|Agency|Office|Bank|Group|Network|Alliance|Initiative|Project|Board|Authority|Academy|Laboratory|Lab|Museum|Library|Club|Organi[sz]ation|Union|Corporation|Company|Partnership|Coalition|Federation|Observatory|Embassy|Mission|Service|Cooperative|Consortium|Secretariat)\b/u;

/**
 * A host or co-host as the source names it: a proper name (an organisation's capitalised words,
 * maybe "the … of …"), with a fronted time or place phrase dropped ("Last autumn, the Hallam
 * Institute", "In Eastport the Harbor Club") and a lowercase "the" before it; undefined for
 * anything else, such as a common noun ("experts", "a local club"), which names no host.
 * @example hostName('Last autumn, the Hallam Institute for Public Policy') // 'Hallam Institute for Public Policy'
 * @example hostName('experts') // undefined
 */
export function hostName(phrase: string): string | undefined {
  const parts = phrase
    .trim()
    .replace(/,$/, '')
    .split(/\s*,\s*/);
  const whole = new RegExp(`^${ORGANISATION}$`, 'u');
  // The name is what is left after the fronted phrase: the longest run of comma-separated parts ending
  // the phrase; a fronted phrase without a comma ("Last autumn the Hallam Institute") ends before "the".
  for (let i = 0; i < parts.length; i++) {
    let candidate: string | undefined = parts.slice(i).join(', ');
    if (FRONTED.test(candidate)) candidate = new RegExp(`\\s(the\\s+${ORGANISATION})$`, 'u').exec(candidate)?.[1];
    if (candidate && whole.test(candidate)) return candidate.replace(/^the\s+/, '');
  }
  return undefined;
}

/** The organisations a sentence names ("… convened with the Meridian Water Trust and the Baltic Resilience Forum …"). */
function organisationsIn(sentence: string): string[] {
  const names = [...sentence.matchAll(new RegExp(ORGANISATION, 'gu'))].flatMap((m) => splitList(m[0]));
  return [...new Set(names.filter((n) => ORGANISATION_NOUN.test(n) && hostName(n) === n))];
}

/** Titles longer than this are cut in page titles and the header: the review suggests a `shortTitle`. */
const LONG_TITLE = 40;

/**
 * The event's own title line: a heading between the document's heading and the opening
 * ("EXECUTIVE SUMMARY" / "Coastal Cities and the Future of Water Security" / "On October 14, …"),
 * not a list of people, a label over one ("Speakers:", "PANELISTS") or a session's heading
 * ("Panel 1: Water Security").
 */
export function titleLine(paragraphs: Paragraph[]): Paragraph | undefined {
  if (!paragraphs[0]?.heading || isPeopleList(paragraphs[0])) return undefined;
  for (const p of paragraphs.slice(1)) {
    if (!p.heading) return undefined;
    const next = paragraphs[p.index + 1];
    const label = /:$/.test(p.text) || (p.text.split(/\s+/).length <= 2 && next !== undefined && isPeopleList(next));
    if (!isPeopleList(p) && !label && !headingSession(p.text).kind) return p;
  }
  return undefined;
}

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
  // The event's own title line comes first; else the title the opening gives ("a discussion on …").
  const line = titleLine(paragraphs);
  const title =
    (line && headingTitle(line.text)) ??
    /\b(?:titled|entitled|called)\s+[“"]([^”"]+)[”"]/.exec(openingText)?.[1] ??
    new RegExp(
      `\\b(?:a|an|its|the)\\s+(?:annual\\s+)?${EVENT_KIND}\\s+(?:on|about|regarding|concerning|examining|exploring)\\s+${UNTIL_CLAUSE_END}`,
      'i',
    ).exec(openingText)?.[1] ??
    new RegExp(`\\b${EVENT_KIND}\\s+by\\s+[^.]*?,\\s+(?:on|about)\\s+${UNTIL_CLAUSE_END}`, 'i').exec(openingText)?.[1] ??
    new RegExp(`\\b(?:spoke|lectured|talked)\\s+(?:on|about)\\s+${UNTIL_CLAUSE_END}`).exec(openingText)?.[1];
  fields.title = title ? cap(title.replace(/[.]$/, '')) : 'TODO: title (the summary states none)';
  if (!title)
    doubts.push({ severity: 1, place: at('title'), message: 'title: the opening names no title; write one from the text.', quote: first });
  else if (line)
    doubts.push({ severity: 3, place: at('title'), message: 'title taken from the line under the document heading.', quote: line.text });
  else doubts.push({ severity: 3, place: at('title'), message: 'title drafted from the opening paragraph.', quote: title });
  if (title && fields.title.length > LONG_TITLE) {
    doubts.push({
      severity: 2,
      place: at('title'),
      message: `the title is ${fields.title.length} characters long, and page titles and the header cut long ones: add a \`shortTitle\` in the source's words (such as the part before a colon), or leave it out to use the whole title.`,
    });
  }

  // The host: who hosted, held or convened the event, as a proper name; a common noun ("experts convened") is none.
  const hostPhrases = [
    /(?<![\w-])hosted by\s+(.+?)(?=,|\s(?:on|for|at|in)\s|\.(?:\s|$)|$)/.exec(openingText)?.[1],
    /(?:^|\s)(?:On|In)\s+(?:\w+day,\s+)?[^,]*?(?:,\s*\d{4})?,\s+(.+?)\s+(?:hosted|held|convened|organi[sz]ed|sponsored)\b/.exec(first)?.[1],
    /^(.+?)\s+(?:hosted|held|convened|organi[sz]ed|sponsored)\b/.exec(first)?.[1],
  ].filter((x): x is string => x !== undefined);
  const read = hostPhrases.map((phrase) => {
    const partner = /^(.+?),?\s+(?:together|in (?:partnership|cooperation|collaboration|association)) with\s+(.+?),?$/.exec(phrase);
    return { phrase, host: hostName(partner?.[1] ?? phrase), partners: partner ? splitList(partner[2]!) : [] };
  });
  const found = read.find((r) => r.host);
  fields.hosts = found ? [found.host!] : ['TODO: host (the summary names none)'];
  if (!found) {
    // What stood where the host would: the phrase past any fronted one (“experts”, not “On May 1, experts”).
    const rejected = read.map(
      (r) =>
        `“${r.phrase
          .trim()
          .replace(/,$/, '')
          .split(/\s*,\s*/)
          .at(-1)}”`,
    );
    const named = organisationsIn(first);
    const why = rejected.length
      ? `the opening's ${[...new Set(rejected)].join(', ')} is no organisation's name`
      : 'the opening names no host';
    const hint = named.length ? `; organisations it names: ${named.map((n) => `“${n}”`).join(', ')}` : '';
    doubts.push({
      severity: 1,
      place: at('hosts'),
      message: `hosts: ${why}${hint}. Write who held the event, as the source names them.`,
      quote: first,
    });
  }
  const coHostPhrases = [
    ...(found?.partners ?? []),
    ...[
      ...openingText.matchAll(
        /\b(?:co-hosted|co-sponsored|co-organi[sz]ed) by\s+(.+?)(?=[.;]|,\s(?!and\b)|$)|\bin (?:partnership|cooperation|collaboration) with\s+(.+?)(?=[.;,]|$)/g,
      ),
    ].flatMap((m) => splitList((m[1] ?? m[2])!)),
  ];
  const coHosts = coHostPhrases.map((c) => hostName(c)).filter((c): c is string => c !== undefined);
  const notNames = coHostPhrases.filter((c) => !hostName(c));
  if (coHosts.length) fields.coHosts = [...new Set(coHosts)];
  // Hosts and co-hosts go into every citation of every remark: always ask for a check.
  if (found || coHosts.length) {
    const list = (names: string[]) => names.map((n) => `“${n}”`).join(', ');
    const hosts = found ? `hosts read as ${list(fields.hosts)}` : 'no host found';
    const co = fields.coHosts ? `, co-hosts as ${list(fields.coHosts)}` : '';
    const skipped = notNames.length ? ` (left out, not a name: ${list(notNames)})` : '';
    const split = fields.coHosts || notNames.length ? ' and how the list was split' : '';
    doubts.push({
      severity: 2,
      place: at('hosts'),
      message: `${hosts}${co}${skipped}: every citation names them, so check each name${split} against the source.`,
      quote: first,
    });
  }

  const venue =
    /\b(?:held|took place|hosted|convened)\b[^.]*?\s+at\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}’'.-]*)*(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)?)/u.exec(
      first,
    )?.[1];
  if (venue) {
    fields.venue = venue.replace(/\.$/, '');
    doubts.push({ severity: 3, place: at('venue'), message: `venue read as “${fields.venue}”.`, quote: first });
  }

  const date = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*(\\d{4}))?|\\b(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?`).exec(
    opening?.text ?? '',
  );
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
    doubts.push({
      severity: 1,
      place: at('date'),
      message: `year ${year} inferred, not stated: check it against the source's publication.`,
      quote: evidence[0]!.quote,
    });
  } else {
    doubts.push({
      severity: 2,
      place: at('dateAsStated'),
      message: `the text gives no year for “${date[0]}”${latest ? ` (the latest year it mentions is ${latest})` : ''}: \`date\` left out; add it with \`yearInferred: true\` and a \`dateNote\` if you can establish it.`,
    });
  }
  return { fields, doubts };
}
