import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../src/lib/csp';
import { INLINE_SCRIPT } from '../../src/lib/inline-script';

describe('scriptHash', () => {
  it('is the base64 SHA-256 of the exact text, as CSP3 hash-source', () => {
    // Known value: SHA-256 of the empty string.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('a ')).not.toBe(scriptHash('a'));
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the inline bootstrap script by hash, WebAssembly, and nothing inline or third-party', () => {
    const policy = contentSecurityPolicy('header');
    const hash = createHash('sha256').update(INLINE_SCRIPT).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}' 'wasm-unsafe-eval'`);
    expect(policy).not.toMatch(/unsafe-inline|https?:|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('leaves out frame-ancestors in the meta form, where browsers ignore it', () => {
    expect(contentSecurityPolicy('meta')).not.toContain('frame-ancestors');
  });
});
