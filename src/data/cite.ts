/** Moved to src/lib/citation/source.ts (`citeContext`); kept so callers on other branches still build. */
export { citeContext } from '../lib/citation/source';
