/**
 * The site's Content-Security-Policy (https://www.w3.org/TR/CSP3/): everything from the site's own
 * origin, no inline script but the theme script (by hash; `inline-script.ts`), no third-party origin, and
 * 'wasm-unsafe-eval' because Pagefind compiles WebAssembly (https://pagefind.app/docs/hosting/).
 */
import { createHash } from 'node:crypto';
import { INLINE_SCRIPT } from './inline-script';

/**
 * CSP source expression for an inline script: `'sha256-<base64>'` of its exact text.
 * @example scriptHash('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
 */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The policy as a header value, or for a `<meta http-equiv>` tag, where `frame-ancestors` is not
 * allowed (CSP3 §6.3.2.1, "the directive is ignored when delivered via meta").
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta'): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHash(INLINE_SCRIPT)} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(delivery === 'header' ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join('; ');
}
