/**
 * A `CitationSource` (./source.ts) as one BibTeX entry. Written here rather than with
 * @citation-js/plugin-bibtex, whose output (0.8.2) rejects hyphenated keys unless a global option
 * is changed, prints the month as `{apr 20}`, keeps neither the event nor the host of a speech in
 * fields BibTeX styles print, and turns `<i>` in a title into `\textit`.
 */
import { joinNames } from '../event-model';
import { dateParts, genreOf, hostIsAuthor, sameName, type CitationName, type CitationSource } from './source';

/** Escapes LaTeX's special characters; braces become \textbraceleft{}/\textbraceright{} because BibTeX counts every brace, escaped or not. */
function latex(text: string): string {
  return text.replace(/[\\{}&%$#_^~<>]/g, (c) => LATEX[c] ?? c);
}
const LATEX: Record<string, string> = {
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
 * `editor`, and biblatex's editor roles have no speaker either; a year has no qualifier. So `note`,
 * the field for "any additional information", carries the speakers ("Speaker: Victoria Holt")
 * and an inferred year ("Year inferred"). Field text is escaped for LaTeX
 * (`& % $ # _ ^ ~ \ { } < >`); non-ASCII stays UTF-8; the URL needs no escape (see
 * `CitationSource.url`). Rules: BibTeX's @misc fields and `note` (Patashnik, "BibTeXing", 1988,
 * §B), a corporate name in braces (ibid., `{Barnes and Noble, Inc.}`), `url` as read by biblatex/natbib.
 */
export function toBibtex(s: CitationSource): string {
  const howpublished =
    s.kind === 'remark'
      ? [genreOf(s), s.eventTitle, hostIsAuthor(s) ? '' : s.host, s.eventPlace]
      : [s.siteTitle, sameName(s.host, s.siteTitle) ? '' : s.host];
  const { start } = dateParts(s.date);
  const speakers = s.speakers ?? [];
  const fields: Array<[string, string]> = [];
  if (s.authors.length) {
    fields.push([
      'author',
      `{${s.authors.map((a) => (a.given ? `${namePart(a.family)}, ${namePart(a.given)}` : namePart(a.family))).join(' and ')}}`,
    ]);
  } else if (s.host) {
    fields.push(['author', `{{${latex(s.host)}}}`]);
  }
  fields.push(['title', `{{${latex(s.title)}}}`]);
  const how = howpublished.filter(Boolean).join(', ');
  if (how) fields.push(['howpublished', `{${latex(how)}}`]);
  if (start) fields.push(['year', `{${start[0]}}`], ['month', MONTHS[start[1] - 1] ?? '']);
  const note = [
    speakers.length ? `${speakers.length > 1 ? 'Speakers' : 'Speaker'}: ${joinNames(speakers.map(displayName))}` : '',
    s.yearInferred && start ? 'Year inferred' : '',
  ].filter(Boolean);
  if (note.length) fields.push(['note', `{${latex(note.join('. '))}}`]);
  fields.push(['url', `{${s.url}}`]);
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${s.id},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = ${v},`).join('\n')}\n}\n`;
}
