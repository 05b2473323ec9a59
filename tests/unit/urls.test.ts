import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, FOLDER_PAGES, hrefs, normaliseBase, pageHref, TRAILING_SLASH, withBase } from '../../src/lib/urls';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/sub', '/sub/'],
    ['/sub/', '/sub/'],
    ['sub', '/sub/'],
    ['//some//', '/some/'],
    ['/some/sub/path', '/some/sub/path/'],
  ])('turns base %j into %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });
});

describe('withBase', () => {
  it.each([
    ['/', 'speakers/holt/', '/speakers/holt/'],
    ['/', '/speakers/holt/', '/speakers/holt/'],
    ['/', '', '/'],
    ['/sub', 'speakers/holt/', '/sub/speakers/holt/'],
    ['/sub', '/speakers/holt/', '/sub/speakers/holt/'],
    ['/sub', '', '/sub/'],
    ['/sub/', 'speakers/holt/', '/sub/speakers/holt/'],
    ['/sub/', '//speakers/holt/', '/sub/speakers/holt/'],
    ['/sub/', '', '/sub/'],
  ])('joins base %j and path %j with exactly one slash: %j', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  // RFC 3986 §5.4.1 resolves the relative references "g" and "g/" against the base URI
  // http://a/b/c/d;p?q to http://a/b/c/g and http://a/b/c/g/: §5.2.3 merges a reference with the base
  // path up to its last slash. A site base names a folder, so "/b/c" and "/b/c/" both stand for that
  // "/b/c/", and a path given with a leading slash is still read within the base.
  it.each(['/b/c', '/b/c/'])('resolves the examples of RFC 3986 §5.4.1 under base %j as the RFC does', (base) => {
    const rfc = (reference: string) => new URL(reference, 'http://a/b/c/d;p?q');
    // The RFC's results, as a URL parser resolves them: "g" → http://a/b/c/g, "g/" → …/g/, "g?y" → …/g?y, "g#s" → …/g#s.
    expect([rfc('g').href, rfc('g/').href, rfc('g?y').href, rfc('g#s').href]).toEqual([
      'http://a/b/c/g',
      'http://a/b/c/g/',
      'http://a/b/c/g?y',
      'http://a/b/c/g#s',
    ]);
    expect(withBase('g', base)).toBe('/b/c/g');
    expect(withBase('g/', base)).toBe('/b/c/g/');
    expect(withBase('g?y', base)).toBe('/b/c/g?y');
    expect(withBase('g#s', base)).toBe('/b/c/g#s');
  });

  it('uses import.meta.env.BASE_URL when no base is given (Vite sets it to "/" by default)', () => {
    expect(import.meta.env.BASE_URL).toBe('/');
    expect(withBase('topics/')).toBe('/topics/');
  });
});

describe('hrefs', () => {
  it.each([
    ['/', '/'],
    ['/sub', '/sub/'],
    ['/sub/', '/sub/'],
  ])('builds every page kind under base %j', (base, p) => {
    expect(hrefs.home(base)).toBe(p);
    expect(hrefs.speakers(base)).toBe(`${p}speakers/`);
    expect(hrefs.speaker('hoshino', base)).toBe(`${p}speakers/hoshino/`);
    expect(hrefs.topics(base)).toBe(`${p}topics/`);
    expect(hrefs.topic('lessons-from-cambodia', base)).toBe(`${p}topics/lessons-from-cambodia/`);
    expect(hrefs.editionNotes(base)).toBe(`${p}edition-notes/`);
    expect(hrefs.pagefindBundle(base)).toBe(`${p}pagefind/`);
    expect(hrefs.onPage({ collection: 'topics', id: 'charter-reform' }, 'x-y', base)).toBe(`${p}topics/charter-reform/#x-y`);
    expect(hrefs.editionNote('correction-te-us', base)).toBe(`${p}edition-notes/#correction-te-us`);
    expect(hrefs.azEntry('ada-lane', base)).toBe(`${p}a-z/ada-lane/`);
    expect(hrefs.sourcePage(1, base)).toBe(`${p}source/`);
    expect(hrefs.sourcePage(3, base)).toBe(`${p}source/3/`);
  });

  it('encodes the search query so any text survives the round trip', () => {
    const href = hrefs.search('“85%” & G4 #1', '/sub/');
    expect(href.startsWith('/sub/search/?q=')).toBe(true);
    expect(new URL(href, 'https://example.org').searchParams.get('q')).toBe('“85%” & G4 #1');
    expect(hrefs.search(undefined, '/')).toBe('/search/');
  });
});

describe('pageHref', () => {
  it.each([
    ['/', 'always', 'speakers/holt/', '/speakers/holt/'],
    ['/', 'never', 'speakers/holt/', '/speakers/holt'],
    ['/sub', 'always', 'speakers/holt', '/sub/speakers/holt/'],
    ['/sub/', 'never', '/speakers/holt/', '/sub/speakers/holt'],
    ['/sub/', 'never', 'topics/x/#remark-id', '/sub/topics/x#remark-id'],
    ['/sub', 'always', 'search/?q=a%20b', '/sub/search/?q=a%20b'],
    ['/sub/', 'never', 'search/?q=a', '/sub/search?q=a'],
    ['/', 'never', '', '/'],
    ['/sub', 'never', '', '/sub/'],
    ['/sub/', 'always', '#grid', '/sub/#grid'],
    // Pages with pages below them are folders on the host, so their address keeps the slash.
    ['/', 'never', 'speakers/', '/speakers/'],
    ['/sub/', 'never', 'topics', '/sub/topics/'],
    ['/sub/', 'never', 'a-z/#a', '/sub/a-z/#a'],
    ['/', 'never', 'source/', '/source/'],
    ['/', 'never', 'source/2/', '/source/2'],
    ['/', 'never', 'speakers/topics/', '/speakers/topics'],
  ] as const)('under base %j with trailingSlash %j turns %j into %j', (base, slash, path, expected) => {
    expect(pageHref(path, base, slash)).toBe(expected);
  });

  it('keeps the slash of exactly the section pages that have pages below them: the folders of src/pages holding an index.astro', () => {
    const folders = readdirSync('src/pages', { withFileTypes: true }).filter(
      (d) => d.isDirectory() && existsSync(join('src/pages', d.name, 'index.astro')),
    );
    expect([...FOLDER_PAGES].sort()).toEqual(folders.map((d) => d.name).sort());
  });

  it('defaults to the trailing slash when the build does not say otherwise', () => {
    expect(TRAILING_SLASH).toBe('always');
    expect(hrefs.speaker('holt', '/')).toBe('/speakers/holt/');
  });
});

describe('absoluteUrl', () => {
  it('joins the site origin and a based href once', () => {
    expect(absoluteUrl('/sub/speakers/holt/#x', 'https://example.org')).toBe('https://example.org/sub/speakers/holt/#x');
    expect(absoluteUrl('/a/', 'https://example.org/ignored/path/')).toBe('https://example.org/a/');
    expect(hrefs.remarkPage('holt-x', '/sub')).toBe('/sub/remarks/holt-x/');
  });
  it('refuses a relative site', () => {
    expect(() => absoluteUrl('/a/', 'example.org')).toThrow(TypeError);
  });
});
