import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../src/lib/csp';
import { INLINE_SCRIPT } from '../../src/lib/inline-script';

/** The policy's directives by name, each a list of its source expressions. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('scriptHash', () => {
  it('gives the hash-source of the CSP Level 2 example script (https://www.w3.org/TR/CSP2/#script-src-hash-usage)', () => {
    // The spec allows <script>alert('Hello, world.');</script> with this source expression.
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });

  it('hashes the exact text, whitespace included: the empty script has the SHA-256 of the empty string', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash("alert('Hello, world.'); ")).not.toBe(scriptHash("alert('Hello, world.');"));
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the inline script by its hash alone, WebAssembly, and nothing inline or third-party', () => {
    const policy = directives(contentSecurityPolicy('header'));
    expect(policy.get('script-src')).toEqual(["'self'", scriptHash(INLINE_SCRIPT), "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(
      [...policy.values()].flat().filter((s) => /unsafe-inline|unsafe-eval'|https?:|\*/.test(s) && s !== "'wasm-unsafe-eval'"),
    ).toEqual([]);
  });

  it('leaves out frame-ancestors in the meta form, where browsers ignore it (CSP3 §6.3.2.1)', () => {
    const meta = directives(contentSecurityPolicy('meta'));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('script-src')).toEqual(directives(contentSecurityPolicy('header')).get('script-src'));
  });
});
