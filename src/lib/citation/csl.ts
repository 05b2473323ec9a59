/**
 * A `CitationSource` (./source.ts) as CSL-JSON and as formatted Chicago and APA reference-list
 * entries (plain text and HTML). Build-time only: synchronous, no network, no `astro:*`.
 *
 * - `toCslJson` maps the source to one CSL-JSON item (CSL 1.0.2 variables,
 *   https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables, and the
 *   CSL-JSON schema https://github.com/citation-style-language/schema).
 * - `formatCitation` runs citation-js (`@citation-js/core` + `@citation-js/plugin-csl`, which wraps
 *   citeproc-js) with two official CSL styles:
 *   - APA: the "APA Style 7th edition" style that ships inside `@citation-js/plugin-csl`;
 *   - Chicago: "Chicago Manual of Style 17th edition (full note)" (`chicago-fullnote-bibliography`,
 *     the newest Chicago style published on npm, in `@citation/csl-style-chicago-fullnote-bibliography`).
 *     We print its *bibliography entry* (notes-bibliography system, CMOS 17th ed. ch. 14), chosen over
 *     author-date because it is Chicago's system for history and the humanities, where records of
 *     speeches and events are cited (CMOS 14.1–14.2), and it states the event date once in full
 *     ("April 20, 2015"). The bibliography entry is the same whether the notes are full or short.
 *
 * Before formatting, each style gets a slightly re-shaped copy of the item (`apaItem`,
 * `chicagoItem`), because the two styles print the same variables in different places:
 * - A remark: CMOS 14.217 and APA 7th §10.5 put a description (the CSL `genre`, default
 *   "Remarks"), then the meeting/sponsor and the place. The Chicago style prints
 *   `genre + "presented at the" + event`, which reads "presented at the The evolution…" for our
 *   event title and never prints the publisher of a speech; so for Chicago the event title,
 *   host and place go into `event-place` ("Remarks, <event>, <host>, <place>, <date>"), which is
 *   exactly the CMOS comma form. APA prints `event-title, event-place`, so the host joins the place.
 * - No personal author (the site's own citations): the host stands as the author, an organisation
 *   (CMOS 17th 14.206–14.207 "owner or sponsor of the site"; APA 7th §9.11 group authors), in
 *   every format, so a reference manager imports the item with somebody attached. The host is not
 *   printed a second time where it would follow as sponsor or site (APA 7th §10.16 webpage
 *   references; the CMOS quick guide's "Yale University" website example; and the same rule
 *   applied to a speech's sponsor).
 * - An inferred year: CSL-JSON marks the date uncertain (`circa`, tested by CSL 1.0.2's
 *   `is-uncertain-date`); the styles print their own mark: Chicago "[April 20, 2015?]", APA
 *   "(ca. 2015, April 20)".
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
import chicagoStyle from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' };
import { dateParts, genreOf, hostIsAuthor, sameName, type CitationName, type CitationSource } from './source';

export interface FormattedCitation {
  /** Plain text (not HTML-escaped), e.g. for a copy button. */
  text: string;
  /** HTML fragment, safe to insert as HTML: escaped text plus only <i>, <b>, <sup>, <sub> and <span style="font-…">. */
  html: string;
}

/** The two reference styles the site shows. */
export type CitationStyle = 'chicago' | 'apa';

/** The Chicago style's own title, for the panel's label. */
export const CHICAGO_STYLE_TITLE: string = chicagoStyle.title;

// citation-js, typed by hand (only what is called). Its registry is global: add the Chicago style once.
const Cite = CiteUntyped as new (data: unknown) => { format(format: 'bibliography', options: Record<string, unknown>): string };
const styles = (
  pluginsUntyped as { config: { get(name: string): { styles: { has(name: string): boolean; add(name: string, xml: string): void } } } }
).config.get('@csl').styles;
const STYLE_NAMES: Record<CitationStyle, string> = { apa: 'apa', chicago: 'chicago-fullnote-bibliography-17th' };
if (!styles.has(STYLE_NAMES.chicago)) styles.add(STYLE_NAMES.chicago, chicagoStyle.content);

type CslItem = Record<string, unknown>;

/** The CSL date; `circa` marks an inferred year (the CSL-JSON schema's flag, read by `is-uncertain-date`). */
function cslDate(s: CitationSource) {
  const { start, end } = dateParts(s.date);
  return start ? { 'date-parts': end ? [start, end] : [start], ...(s.yearInferred ? { circa: true } : {}) } : undefined;
}
const cslName = (n: CitationName) =>
  'literal' in n ? { literal: n.literal } : n.given ? { family: n.family, given: n.given } : { family: n.family };

/** The named authors; with none, the host (the site's owner, the summary's writer) as an organisation. */
const authorOf = (s: CitationSource) => (s.authors.length ? s.authors.map(cslName) : s.host ? [{ literal: s.host }] : []);

/** Drops empty strings, empty arrays and undefined so styles never print a dangling delimiter. */
function compact(item: CslItem): CslItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
}

/**
 * The CSL-JSON item for a source (CSL 1.0.2 variables).
 * - `author`: the named authors; with none, the host as an organisation (`[{ "literal": host }]`,
 *   the CSL-JSON schema's form for a name that is not split); omitted only with no host either.
 * - `contributor`: the speakers of a remark cited as the host's report. CSL 1.0.2 has no speaker
 *   variable; `contributor` ("a minor contributor to the item") is the one name variable that fits
 *   every speaker's role, where `performer` (film, music), `guest` (TV, podcast), `chair` and
 *   `original-author` each fit one kind of item.
 * - remark → type `speech`: `title`, `genre`, `event-title` (plus its CSL 1.0.1 alias `event`, for
 *   older processors), `event-place`, `event-date` and `issued` (the event date), `publisher` (the host), `URL`.
 * - page → type `webpage`: `title`, `container-title` (the site), `publisher` (the host),
 *   `issued` (the event date: the page is the record of that event), `URL`.
 * Both kinds carry `id` and `citation-key` = `source.id`. Empty values are left out.
 */
function toCslItem(s: CitationSource): CslItem {
  const head = {
    id: s.id,
    type: s.kind === 'remark' ? 'speech' : 'webpage',
    'citation-key': s.id,
    title: s.title,
    author: authorOf(s),
    contributor: (s.speakers ?? []).map(cslName),
  };
  if (s.kind === 'page') return compact({ ...head, 'container-title': s.siteTitle, publisher: s.host, issued: cslDate(s), URL: s.url });
  return compact({
    ...head,
    genre: genreOf(s),
    'event-title': s.eventTitle,
    event: s.eventTitle,
    'event-place': s.eventPlace,
    'event-date': cslDate(s),
    issued: cslDate(s),
    publisher: s.host,
    URL: s.url,
  });
}

/**
 * The CSL-JSON for the source: a pretty-printed (2-space) JSON array holding its one item (see
 * `toCslItem` above; schema: https://github.com/citation-style-language/schema, csl-data.json).
 * Plain JSON text, not HTML-escaped.
 */
export function toCslJson(source: CitationSource): string {
  return JSON.stringify([toCslItem(source)], null, 2);
}

/** The host after the event or in the site position only when it is not already the author. */
const sponsor = (s: CitationSource) => (hostIsAuthor(s) ? '' : s.host);
const siteOf = (s: CitationSource) => (hostIsAuthor(s) && sameName(s.host, s.siteTitle) ? '' : s.siteTitle);

/** Re-shaped item for the APA style (see the module docstring). */
function apaItem(s: CitationSource): CslItem {
  const common = { id: s.id, title: s.title, author: authorOf(s), issued: cslDate(s), URL: s.url };
  if (s.kind === 'page') return compact({ ...common, type: 'webpage', 'container-title': siteOf(s) });
  const [eventTitle, ...place] = [s.eventTitle, sponsor(s), s.eventPlace].filter(Boolean);
  return compact({ ...common, type: 'speech', genre: genreOf(s), 'event-title': eventTitle, 'event-place': place.join(', ') });
}

/** Re-shaped item for the Chicago style (see the module docstring). */
function chicagoItem(s: CitationSource): CslItem {
  const common = { id: s.id, title: s.title, author: authorOf(s), issued: cslDate(s), URL: s.url };
  if (s.kind === 'page') {
    const publisher = hostIsAuthor(s) || sameName(s.host, s.siteTitle) ? '' : s.host;
    return compact({ ...common, type: 'webpage', 'container-title': siteOf(s), publisher });
  }
  return compact({
    ...common,
    type: 'speech',
    genre: genreOf(s),
    'event-place': [s.eventTitle, sponsor(s), s.eventPlace].filter(Boolean).join(', '),
  });
}

/** Stands in for `<` while citeproc-js runs, so no input text is read as markup. */
const LT = '\uE000';

function protectMarkup<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('<', LT) as T;
  if (Array.isArray(value)) return value.map(protectMarkup) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, protectMarkup(v)])) as T;
  return value;
}

/** The inline tags citeproc-js's HTML output uses for formatting (and nothing else). */
const ALLOWED_TAG =
  /^<(?:\/?(?:i|b|sup|sub)|\/span|span style="(?:font-style:(?:italic|normal|oblique)|font-variant:(?:small-caps|normal)|font-weight:(?:bold|normal|light)|text-decoration:(?:underline|none));?")>$/;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&#38;').replaceAll('<', '&#60;').replaceAll('>', '&#62;').replaceAll('"', '&#34;');

/** Keeps the allowed tags, escapes every other `<…>` (and any stray `<` or `>`). */
function sanitiseHtml(html: string): string {
  return html.replace(/<[^<>]*>?|>/g, (tag) => (ALLOWED_TAG.test(tag) ? tag : escapeHtml(tag))).replaceAll(LT, '&#60;');
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
 */
export function formatCitation(source: CitationSource, style: CitationStyle): FormattedCitation {
  const item = protectMarkup(style === 'chicago' ? chicagoItem(source) : apaItem(source));
  // No `downgradeCsl` needed for the CSL 1.0.1 Chicago style: `chicagoItem` uses no 1.0.2-only variable.
  const options = { style: STYLE_NAMES[style], lang: 'en-US' };
  const cite = new Cite(item);
  const raw = entryHtml(String(cite.format('bibliography', { ...options, format: 'html' })));
  // Each run of citeproc-js costs milliseconds, and every remark page prints two styles: read the
  // text off the HTML when it holds only inline tags and the three escapes, else ask for it.
  const text = (htmlToText(raw) ?? String(cite.format('bibliography', { ...options, format: 'text' })).trim()).replaceAll(LT, '<');
  if (!ENDS_IN_ELLIPSIS.test(source.title)) return { text, html: sanitiseHtml(raw) };
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
