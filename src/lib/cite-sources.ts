/** Moved to src/lib/citation/source.ts; kept so callers on other branches still build. Import from `./citation` instead. */
export { citationName, pageCitation, remarkCitation, type CiteContext } from './citation/source';
