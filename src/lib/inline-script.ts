/**
 * The text of the one inline script (`src/scripts/bootstrap.ts`, serialised). The page prints
 * exactly this text and the Content-Security-Policy allows it by the hash of exactly this text,
 * so the two can never disagree.
 */
import { bootstrap } from '../scripts/bootstrap';

export const INLINE_SCRIPT = `(${bootstrap.toString()})();`;
