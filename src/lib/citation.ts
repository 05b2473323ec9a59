/**
 * Citations of the site's record: one remark by a speaker (with its permanent URL) or a whole
 * page, as Chicago and APA references (plain text and HTML), BibTeX and CSL-JSON.
 *
 * Build-time only (Astro SSR/prerender, Node >= 20.19): synchronous, no network, no `astro:*`.
 *
 * How the pieces fit:
 * - `toCslItem` maps a `CitationSource` to one CSL-JSON item (CSL 1.0.2 specification,
 *   https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables, and the
 *   CSL-JSON schema https://github.com/citation-style-language/schema). It is the export format
 *   and the data the formatters start from.
 * - `formatCitation` runs citation-js (`@citation-js/core` + `@citation-js/plugin-csl`, which wraps
 *   citeproc-js) with two official CSL styles:
 *   - APA: the "APA Style 7th edition" style that ships inside `@citation-js/plugin-csl`;
 *   - Chicago: "Chicago Manual of Style 17th edition (full note)" (`chicago-fullnote-bibliography`,
 *     the newest Chicago style published on npm, in `@citation/csl-style-chicago-fullnote-bibliography`).
 *     We print its *bibliography entry* (notes-bibliography system, CMOS 17th ed. ch. 14). The
 *     notes-bibliography system was chosen over author-date because it is Chicago's system for
 *     history and the humanities, where records of speeches and events are cited (CMOS 14.1–14.2),
 *     it states the event date once in full ("April 20, 2015") instead of splitting year and
 *     day, and this is the newest Chicago CSL style on npm (updated 2022-01-16; the only
 *     author-date one, `style-chicago`, dates from 2018). The bibliography entry is the same
 *     whether the notes are full or short.
 * - `toBibtex` is written here (see its docstring for why not citation-js's BibTeX output).
 *
 * Before formatting, each style gets a slightly re-shaped copy of the CSL item (`apaItem`,
 * `chicagoItem`), because the two styles print the same variables in different places:
 * - A remark: CMOS 14.217 and APA 7th §10.5 put a description (the CSL `genre`, default
 *   "Remarks"), then the meeting/sponsor and the place. The Chicago style prints
 *   `genre + "presented at the" + event`, which reads "presented at the The evolution…" for our
 *   event title and never prints the publisher of a speech; so for Chicago the event title,
 *   host and place go into `event-place` ("Remarks, <event>, <host>, <place>, <date>"), which is
 *   exactly the CMOS comma form. APA prints `event-title, event-place`, so the host joins the place.
 * - No personal author (a page, or a remark as the host's summary reports it): the host stands
 *   as the author, an organisation (CMOS 17th 14.206–14.207 "owner or sponsor of the site"; APA
 *   7th §9.11 group authors), in every format: a reference manager then imports the item with
 *   somebody attached. The host is not printed a second time where it would follow as sponsor or
 *   site (APA 7th §10.16 webpage references; the CMOS quick guide's "Yale University" website
 *   example; and the same rule applied to a speech's sponsor).
 * - The speaker of a remark cited that way goes where each export format has a place for a person
 *   who is not the author (see `toCslItem` and `toBibtex`); the formatted styles name the speaker
 *   in the title already.
 * - An inferred year: CSL-JSON marks the date uncertain (`circa`, tested by CSL 1.0.2's
 *   `is-uncertain-date`), and the official styles print their own mark for such a date: Chicago
 *   "[April 20, 2015?]" (brackets and a question mark, Chicago's mark for a conjectural date),
 *   APA "(ca. 2015, April 20)". BibTeX has no date qualifier, so its `note` says so.
 * - A title cut with an ellipsis ("…") takes no period after it (see `dropPeriodAfterEllipsis`).
 *
 * Text safety: citeproc-js treats a few HTML-like tags inside field values (`<i>`, `<b>`, `<sup>`,
 * `<span class="nocase">`…) as markup. So every `<` in the input is swapped for a private-use
 * character before formatting and restored afterwards: input text is never markup. The HTML is
 * then filtered so only the formatter's own inline tags (`<i>`, `<b>`, `<sup>`, `<sub>` and
 * citeproc's `<span style="font-…">`) survive; anything else is escaped.
 */
// @ts-expect-error -- @citation-js/core ships no type declarations; the small surface used here is typed below.
import { Cite as CiteUntyped, plugins as pluginsUntyped } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { joinNames } from './event-model';
import chicagoStyle from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' };

export interface CitationSource {
  /** 'remark' = words spoken by a person at the event; 'page' = a page of this site. */
  kind: 'remark' | 'page';
  /** Title of the cited item, e.g. 'Remarks on bridge repairs' or a page title. */
  title: string;
  /** Speaker(s); empty for pages and for unnamed participants (then no author). */
  authors: Array<{ given: string; family: string }>;
  /** The event's title (e.g. 'A test panel on bridges'). */
  eventTitle: string;
  /** Host/publisher, e.g. 'A test host'. */
  host: string;
  /**
   * Event date, ISO 'YYYY-MM-DD'. A multi-day meeting may be given as an ISO 8601 interval
   * 'YYYY-MM-DD/YYYY-MM-DD' (APA cites conference contributions with the whole run of the meeting).
   * Omitted when the source states no date: the styles then print their "n.d." form.
   */
  date?: string;
  /** Absolute permanent URL. */
  url: string;
  /** Name of the website/container, e.g. 'Test panel: event summary'. Used for pages. */
  siteTitle: string;
  /** A stable id used as the BibTeX key / CSL id, e.g. the remark id 'ada-opening'. */
  id: string;
  /**
   * Optional (remarks): the description of the contribution, CSL `genre`; APA prints it in
   * brackets ("[Remarks]"), Chicago before the event ("Remarks, …"). Default 'Remarks'.
   */
  genre?: string;
  /** Optional (remarks): where the event took place, e.g. 'Washington, DC'. Omitted when absent. */
  eventPlace?: string;
  /**
   * Optional (remarks cited as the host's report, `authors` empty): who spoke. Exported as CSL
   * `contributor` and in BibTeX's `note`; not printed by the formatted styles, whose title names them.
   */
  speakers?: CitationName[];
  /** Optional: the year of `date` is inferred, not stated by the source (marked where a format allows). */
  yearInferred?: boolean;
}

/** A person's name split as CSL and BibTeX want it, or `literal` when the split is not known. */
export type CitationName = { given: string; family: string } | { literal: string };

export interface FormattedCitation {
  /** Plain text (not HTML-escaped), e.g. for a copy button. */
  text: string;
  /** HTML fragment, safe to insert as HTML: escaped text plus only <i>, <b>, <sup>, <sub> and <span style="font-…">. */
  html: string;
}

/** The two reference styles the site shows. */
export type CitationStyle = 'chicago' | 'apa';

/** Description of a remark when the source gives none (CSL `genre`). */
export const DEFAULT_REMARK_GENRE = 'Remarks';

/** What the Chicago style is: shown in the UI or docs if wanted. */
export const CHICAGO_STYLE_TITLE: string = chicagoStyle.title;

// ---------------------------------------------------------------------------------------------
// citation-js wiring (typed by hand; only what we call)

interface CiteInstance {
  format(format: 'bibliography', options: Record<string, unknown>): string;
}
interface CslStyleRegister {
  has(name: string): boolean;
  add(name: string, xml: string): void;
}
const Cite = CiteUntyped as new (data: unknown) => CiteInstance;
const plugins = pluginsUntyped as { config: { get(name: string): { styles?: CslStyleRegister } | undefined } };

/** Names under which the styles are registered in citation-js. */
const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: 'apa', // built into @citation-js/plugin-csl
  chicago: 'chicago-fullnote-bibliography-17th',
};

function cslStyles(): CslStyleRegister {
  const styles = plugins.config.get('@csl')?.styles;
  if (!styles) {
    // Happens only if plugin-csl registered itself on another copy of @citation-js/core.
    throw new Error('citation: @citation-js/plugin-csl is not registered on @citation-js/core');
  }
  if (!styles.has(STYLE_NAMES.chicago)) styles.add(STYLE_NAMES.chicago, chicagoStyle.content);
  if (!styles.has(STYLE_NAMES.apa)) throw new Error('citation: the built-in APA style of @citation-js/plugin-csl is missing');
  return styles;
}

// ---------------------------------------------------------------------------------------------
// Input checks and normalisation

type DateParts = [number, number, number];

interface Normalised {
  kind: 'remark' | 'page';
  title: string;
  authors: Array<{ given: string; family: string }>;
  eventTitle: string;
  host: string;
  start: DateParts | null;
  end: DateParts | null;
  url: string;
  siteTitle: string;
  id: string;
  genre: string;
  eventPlace: string;
  speakers: CitationName[];
  yearInferred: boolean;
}

/** Collapses runs of whitespace (line breaks included) and trims. */
function clean(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new TypeError(`citation: ${field} must be a string`);
  return value.replace(/\s+/g, ' ').trim();
}

function parseDay(text: string, field: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new RangeError(`citation: ${field} "${text}" is not an ISO date YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new RangeError(`citation: ${field} "${text}" is not a calendar date`);
  }
  return [y, mo, d];
}

/** A permanent URL: absolute http(s), nothing that needs quoting in HTML, BibTeX or JSON. */
const URL_SHAPE = /^https?:\/\/[^\s"'<>{}|\\^`]+$/;
/** A BibTeX key and CSL id: no spaces, commas, braces, quotes, `#`, `%`, `~` or backslashes. */
const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_:.-]*$/;

function normalise(source: CitationSource): Normalised {
  if (source === null || typeof source !== 'object') throw new TypeError('citation: source must be an object');
  if (source.kind !== 'remark' && source.kind !== 'page') {
    throw new TypeError(`citation: kind must be 'remark' or 'page', got ${JSON.stringify(source.kind)}`);
  }
  const title = clean(source.title, 'title');
  if (!title) throw new TypeError('citation: title must not be empty');
  const id = clean(source.id, 'id');
  if (!ID_SHAPE.test(id)) throw new TypeError(`citation: id "${id}" must match ${ID_SHAPE}`);
  const url = clean(source.url, 'url');
  if (!URL_SHAPE.test(url) || !URL.canParse(url)) {
    throw new TypeError(`citation: url "${url}" must be an absolute http(s) URL without spaces, quotes, <, >, braces or backslashes`);
  }
  if (!Array.isArray(source.authors)) throw new TypeError('citation: authors must be an array');
  const authors = source.authors.map((a, i) => {
    const family = clean(a?.family, `authors[${i}].family`);
    const given = clean(a?.given ?? '', `authors[${i}].given`);
    if (!family) throw new TypeError(`citation: authors[${i}].family must not be empty`);
    return { given, family };
  });
  if (source.speakers !== undefined && !Array.isArray(source.speakers)) throw new TypeError('citation: speakers must be an array');
  const speakers = (source.speakers ?? []).map((n, i): CitationName => {
    if (n && 'literal' in n) {
      const literal = clean(n.literal, `speakers[${i}].literal`);
      if (!literal) throw new TypeError(`citation: speakers[${i}].literal must not be empty`);
      return { literal };
    }
    const family = clean(n?.family, `speakers[${i}].family`);
    if (!family) throw new TypeError(`citation: speakers[${i}].family must not be empty`);
    return { given: clean(n?.given ?? '', `speakers[${i}].given`), family };
  });
  const dateText = clean(source.date ?? '', 'date');
  const [startText, endText, ...rest] = dateText.split('/');
  if (rest.length) throw new RangeError(`citation: date "${dateText}" has more than one "/"`);
  const start = dateText ? parseDay(startText ?? '', 'date') : null;
  const end = endText === undefined ? null : parseDay(endText, 'date (end)');
  if (start && end && Date.UTC(end[0], end[1] - 1, end[2]) < Date.UTC(start[0], start[1] - 1, start[2])) {
    throw new RangeError(`citation: date "${dateText}" ends before it starts`);
  }
  return {
    kind: source.kind,
    title,
    authors,
    eventTitle: clean(source.eventTitle, 'eventTitle'),
    host: clean(source.host, 'host'),
    start,
    end: start && end && end.join('-') !== start.join('-') ? end : null,
    url,
    siteTitle: clean(source.siteTitle, 'siteTitle'),
    id,
    genre: clean(source.genre ?? '', 'genre') || DEFAULT_REMARK_GENRE,
    eventPlace: clean(source.eventPlace ?? '', 'eventPlace'),
    speakers,
    yearInferred: source.yearInferred === true && start !== null,
  };
}

// ---------------------------------------------------------------------------------------------
// CSL items

type CslItem = Record<string, unknown>;

/** The CSL date; `circa` marks an inferred year (the CSL-JSON schema's flag, read by `is-uncertain-date`). */
const cslDate = (s: Normalised) =>
  s.start ? { 'date-parts': s.end ? [s.start, s.end] : [s.start], ...(s.yearInferred ? { circa: true } : {}) } : undefined;
const cslName = (n: CitationName) => ('literal' in n ? { literal: n.literal } : n.given ? { family: n.family, given: n.given } : { family: n.family });
const cslNames = (s: Normalised) => s.authors.map(cslName);
const sameName = (a: string, b: string) => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** Drops empty strings, empty arrays and undefined so styles never print a dangling delimiter. */
function compact(item: CslItem): CslItem {
  return Object.fromEntries(
    Object.entries(item).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

/**
 * The CSL-JSON item for a source (CSL 1.0.2 variables, https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables).
 * - `author`: the named authors; with none, the host as an organisation (`[{ "literal": host }]`,
 *   the CSL-JSON schema's form for a name that is not split); omitted only when there is no host
 *   either (CSL has no "anonymous" name).
 * - `contributor`: the speakers of a remark cited as the host's report. CSL 1.0.2 has no speaker
 *   variable; `contributor` ("a minor contributor to the item") is the one name variable that fits
 *   every speaker's role, where `performer` (film, music), `guest` (TV, podcast), `chair` (the
 *   session's leader) and `original-author` (an adapted work) each fit one kind of item.
 * - remark → type `speech`: `title`, `genre` (default 'Remarks'), `event-title` (plus its CSL
 *   1.0.1 alias `event`, for older processors), `event-place` when given, `event-date` and
 *   `issued` (the event date), `publisher` (the host), `URL`.
 * - page → type `webpage`: `title`, `container-title` (the site), `publisher` (the host),
 *   `issued` (the event date: the page is the record of that event), `URL`.
 * Dates carry `circa: true` when the year is inferred. Both kinds carry `id` and `citation-key` =
 * `source.id`. Empty strings are left out.
 * @throws TypeError / RangeError when a field is missing or malformed (bad kind, empty title,
 *   id that is not a safe key, non-http(s) URL, date that is not YYYY-MM-DD[/YYYY-MM-DD]).
 */
export function toCslItem(source: CitationSource): Record<string, unknown> {
  return cslItemOf(normalise(source));
}

function cslItemOf(s: Normalised): CslItem {
  const head = {
    id: s.id,
    type: s.kind === 'remark' ? 'speech' : 'webpage',
    'citation-key': s.id,
    title: s.title,
    author: authorOf(s),
    contributor: s.speakers.map(cslName),
  };
  if (s.kind === 'remark') {
    return compact({
      ...head,
      genre: s.genre,
      'event-title': s.eventTitle,
      event: s.eventTitle,
      'event-place': s.eventPlace,
      'event-date': cslDate(s),
      issued: cslDate(s),
      publisher: s.host,
      URL: s.url,
    });
  }
  return compact({ ...head, 'container-title': s.siteTitle, publisher: s.host, issued: cslDate(s), URL: s.url });
}

/** The named authors; with none, the host (the site's owner, the summary's writer) as an organisation. */
function authorOf(s: Normalised): unknown[] {
  if (s.authors.length) return cslNames(s);
  return s.host ? [{ literal: s.host }] : [];
}

/** Whether the host stands as the author, so is not printed again as sponsor or publisher. */
const hostIsAuthor = (s: Normalised) => !s.authors.length && Boolean(s.host);

/** Re-shaped item for the APA style (see the module docstring). */
function apaItem(s: Normalised): CslItem {
  if (s.kind === 'remark') {
    const [eventTitle, ...place] = [s.eventTitle, hostIsAuthor(s) ? '' : s.host, s.eventPlace].filter(Boolean);
    return compact({
      id: s.id, type: 'speech', title: s.title, author: authorOf(s), genre: s.genre,
      'event-title': eventTitle, 'event-place': place.join(', '), issued: cslDate(s), URL: s.url,
    });
  }
  const site = hostIsAuthor(s) && sameName(s.host, s.siteTitle) ? '' : s.siteTitle;
  return compact({ id: s.id, type: 'webpage', title: s.title, author: authorOf(s), 'container-title': site, issued: cslDate(s), URL: s.url });
}

/** Re-shaped item for the Chicago style (see the module docstring). */
function chicagoItem(s: Normalised): CslItem {
  if (s.kind === 'remark') {
    return compact({
      id: s.id, type: 'speech', title: s.title, author: authorOf(s), genre: s.genre,
      'event-place': [s.eventTitle, hostIsAuthor(s) ? '' : s.host, s.eventPlace].filter(Boolean).join(', '), issued: cslDate(s), URL: s.url,
    });
  }
  const site = hostIsAuthor(s) && sameName(s.host, s.siteTitle) ? '' : s.siteTitle;
  const publisher = hostIsAuthor(s) || sameName(s.host, s.siteTitle) ? '' : s.host;
  return compact({ id: s.id, type: 'webpage', title: s.title, author: authorOf(s), 'container-title': site, publisher, issued: cslDate(s), URL: s.url });
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** Stands in for `<` while citeproc-js runs, so no input text is read as markup. */
const LT = '\uE000';

function protectMarkup<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('<', LT) as T;
  if (Array.isArray(value)) return value.map(protectMarkup) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, protectMarkup(v)])) as T;
  }
  return value;
}

/** The inline tags citeproc-js's HTML output uses for formatting (and nothing else). */
const ALLOWED_TAG =
  /^<(?:\/?(?:i|b|sup|sub)|\/span|span style="(?:font-style:(?:italic|normal|oblique)|font-variant:(?:small-caps|normal)|font-weight:(?:bold|normal|light)|text-decoration:(?:underline|none));?")>$/;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;').replaceAll('"', '&#34;');

/** Keeps the allowed tags, escapes every other `<…>` (and any stray `<` or `>`). */
function sanitiseHtml(html: string): string {
  return html
    .replace(/<[^<>]*>?|>/g, (tag) => (ALLOWED_TAG.test(tag) ? tag : escapeHtml(tag)))
    .replaceAll(LT, '&#60;');
}

/** The inside of citeproc-js's `<div class="csl-entry">…</div>`. */
function entryHtml(html: string): string {
  const m = /<div[^>]*\bclass="csl-entry"[^>]*>([\s\S]*?)<\/div>\s*<\/div>\s*$/.exec(html);
  if (!m) throw new Error('citation: unexpected HTML from the CSL processor');
  return (m[1] ?? '').trim();
}

/**
 * One formatted reference-list entry for the source.
 * @param style 'chicago' = CMOS 17th ed. notes-bibliography *bibliography entry* (CSL style
 *   `chicago-fullnote-bibliography`; rules CMOS 14.217 for speeches, 14.206–14.207 for web pages);
 *   'apa' = APA 7th ed. reference (CSL "APA Style 7th edition"; rules APA 7th §10.5 conference
 *   presentations / speeches, §10.16 webpages).
 * @returns `text`: plain text (not escaped); `html`: escaped text with only <i>, <b>, <sup>,
 *   <sub> and <span style="font-…"> tags from the formatter (titles in italics where the style
 *   wants them), no wrapping element.
 * @throws TypeError / RangeError for an unknown style or a malformed source (see `toCslItem`).
 */
export function formatCitation(source: CitationSource, style: CitationStyle): FormattedCitation {
  if (style !== 'chicago' && style !== 'apa') throw new TypeError(`citation: unknown style ${JSON.stringify(style)}`);
  const s = normalise(source);
  cslStyles();
  const item = protectMarkup(style === 'chicago' ? chicagoItem(s) : apaItem(s));
  // No `downgradeCsl` needed for the CSL 1.0.1 Chicago style: `chicagoItem` uses no 1.0.2-only variable.
  const options = { style: STYLE_NAMES[style], lang: 'en-US' };
  const cite = new Cite(item);
  const raw = entryHtml(String(cite.format('bibliography', { ...options, format: 'html' })));
  // Each run of citeproc-js costs milliseconds, and every remark page prints two styles: read the
  // text off the HTML when it holds only inline tags and the three escapes, else ask for it.
  const text = (htmlToText(raw) ?? String(cite.format('bibliography', { ...options, format: 'text' })).trim()).replaceAll(LT, '<');
  if (!ENDS_IN_ELLIPSIS.test(s.title)) return { text, html: sanitiseHtml(raw) };
  return { text: dropPeriodAfterEllipsis(text), html: dropPeriodAfterEllipsis(sanitiseHtml(raw)) };
}

/** A title that ends in an ellipsis, closing quotes aside (the site's cut remark titles: `…”`). */
const ENDS_IN_ELLIPSIS = /…[”’"']*$/;

/**
 * For a title that ends in an ellipsis, drops the style's period after it: `flip….’”` →
 * `flip…’”`, `<i>…</i>.` → `<i>…</i>`. A cut title is not a complete sentence, and a period after ellipsis
 * points marks the end of one (CMOS 17th 13.53, the four-dot ellipsis), so the period reads as a
 * doubled stop; the styles already leave it out after a title's own `?` or `!`. Only the first
 * ellipsis-and-period is touched: the title comes before any other text the input supplies.
 */
function dropPeriodAfterEllipsis(entry: string): string {
  return entry.replace(/…((?:[”’"']|<\/i>)*)\./, '…$1');
}

/**
 * citeproc-js's HTML entry as its text output would read: tags dropped, `&#38;` `&#60;` `&#62;`
 * decoded. Undefined when the HTML holds anything else (another entity, such as the `&#160;`
 * citeproc writes for a double space, or a tag other than the inline formatting tags).
 */
function htmlToText(html: string): string | undefined {
  const stripped = html.replace(/<[^<>]*>/g, (tag) => (ALLOWED_TAG.test(tag) ? '' : tag));
  if (/[<>]|&(?!#(?:38|60|62);)/.test(stripped)) return undefined;
  return stripped.replace(/&#(38|60|62);/g, (_, code: string) => String.fromCharCode(Number(code))).trim();
}

// ---------------------------------------------------------------------------------------------
// BibTeX

/** Escapes LaTeX's special characters; braces become \textbraceleft{}/\textbraceright{} because BibTeX counts every brace, escaped or not. */
function latex(text: string): string {
  const map: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\textbraceleft{}',
    '}': '\\textbraceright{}',
    '&': '\\&',
    '%': '\\%',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '^': '\\textasciicircum{}',
    '~': '\\textasciitilde{}',
    '<': '\\textless{}',
    '>': '\\textgreater{}',
  };
  return text.replace(/[\\{}&%$#_^~<>]/g, (c) => map[c] ?? c);
}

/** A name part that contains a comma or the word "and" must be braced, or BibTeX splits it. */
const namePart = (part: string) => (/,|\band\b/i.test(part) ? `{${latex(part)}}` : latex(part));

/** A name as it reads in running text: "Victoria Holt". */
const displayName = (n: CitationName) => ('literal' in n ? n.literal : [n.given, n.family].filter(Boolean).join(' '));

/** BibTeX's predefined month macros. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * One BibTeX `@misc` entry keyed by `source.id`: `author` ("Family, Given" joined by " and "; with
 * no named author the host, double-braced so BibTeX reads one corporate name and does not split
 * it into given and family names; omitted only when there is no host either), `title`
 * (double-braced so styles keep its capitals), `howpublished` (remark: genre, event title, host
 * unless it is the author, place; page: site title and host), `year`, `month` (the standard
 * three-letter macro, e.g. `apr`), `note` and `url`. BibTeX's only name fields are `author` and
 * `editor`, and biblatex's editor roles (editor, compiler, founder, continuator, redactor,
 * reviser, collaborator, organizer) have no speaker either; a year has no qualifier. So `note`,
 * the field for "any additional information", carries the speakers ("Speaker: Victoria Holt")
 * and an inferred year ("Year inferred"). Field text is escaped for LaTeX
 * (`& % $ # _ ^ ~ \ { } < >`); non-ASCII stays UTF-8. Rules: BibTeX's @misc fields and `note`
 * (Patashnik, "BibTeXing", 1988, §B), a corporate name in braces (ibid., `{Barnes and Noble, Inc.}`), `url` as read by
 * biblatex/natbib.
 *
 * Written here rather than with @citation-js/plugin-bibtex, whose output (0.8.2) rejects
 * hyphenated keys unless a global option is changed, prints the month as `{apr 20}`, keeps
 * neither the event nor the host of a speech in fields BibTeX styles print, and turns `<i>` in a
 * title into `\textit`.
 * @throws TypeError / RangeError for a malformed source (see `toCslItem`).
 */
export function toBibtex(source: CitationSource): string {
  const s = normalise(source);
  const howpublished =
    s.kind === 'remark'
      ? [s.genre, s.eventTitle, hostIsAuthor(s) ? '' : s.host, s.eventPlace]
      : [s.siteTitle, sameName(s.host, s.siteTitle) ? '' : s.host];
  const fields: Array<[string, string]> = [];
  if (s.authors.length) {
    fields.push(['author', `{${s.authors.map((a) => (a.given ? `${namePart(a.family)}, ${namePart(a.given)}` : namePart(a.family))).join(' and ')}}`]);
  } else if (s.host) {
    fields.push(['author', `{{${latex(s.host)}}}`]);
  }
  fields.push(['title', `{{${latex(s.title)}}}`]);
  const how = howpublished.filter(Boolean).join(', ');
  if (how) fields.push(['howpublished', `{${latex(how)}}`]);
  if (s.start) {
    fields.push(['year', `{${s.start[0]}}`]);
    fields.push(['month', MONTHS[s.start[1] - 1] ?? '']);
  }
  const note = [
    s.speakers.length ? `${s.speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${joinNames(s.speakers.map(displayName))}` : '',
    s.yearInferred ? 'Year inferred' : '',
  ].filter(Boolean);
  if (note.length) fields.push(['note', `{${latex(note.join('. '))}}`]);
  // URL_SHAPE already excludes braces, backslashes and spaces, the only things that could break it here.
  fields.push(['url', `{${s.url}}`]);
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${s.id},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v},`).join('\n')}\n}\n`;
}

/**
 * The CSL-JSON for the source: a pretty-printed (2-space) JSON array holding the one item of
 * `toCslItem` (CSL-JSON schema: https://github.com/citation-style-language/schema, csl-data.json).
 * Plain JSON text, not HTML-escaped.
 * @throws TypeError / RangeError for a malformed source (see `toCslItem`).
 */
export function toCslJson(source: CitationSource): string {
  return JSON.stringify([toCslItem(source)], null, 2);
}
