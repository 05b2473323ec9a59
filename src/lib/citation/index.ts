/**
 * Citations of the site's record: what is cited (`./source.ts`, built from the event and the page)
 * and how it prints (`./csl.ts`: Chicago, APA and CSL-JSON; `./bibtex.ts`).
 */
export {
  citationName,
  citeContext,
  pageCitation,
  remarkCitation,
  type CitationName,
  type CitationSource,
  type CiteContext,
} from './source';
export { CHICAGO_STYLE_TITLE, formatCitation, toCslJson, type CitationStyle, type FormattedCitation } from './csl';
export { toBibtex } from './bibtex';
