import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import {
  checkContract,
  contractPath,
  countAddresses,
  mergeContract,
  pagePathFromFile,
  parseLinkAliases,
} from '../../src/lib/link-contract';

const contract = {
  pages: { '/': ['speakers'], '/speakers/ada/': ['ada-opening', 'presentation'], '/topics/bridges/': ['bridge-question'] },
};

describe('paths', () => {
  it.each([
    ['index.html', '/'],
    ['speakers/ada/index.html', '/speakers/ada/'],
    ['speakers/ada.html', '/speakers/ada/'],
    ['404.html', '/404/'],
  ])('maps built file %j to %j', (file, path) => expect(pagePathFromFile(file)).toBe(path));

  it.each([
    ['/sub/speakers/ada', '/sub/', '/speakers/ada/'],
    ['/speakers/ada/', '/', '/speakers/ada/'],
    ['/sub/', '/sub/', '/'],
    // Astro's pathname of the home page under a base with trailingSlash 'never'.
    ['/sub', '/sub/', '/'],
    ['/subway/', '/sub/', '/subway/'],
  ])('maps URL path %j under base %j to %j', (pathname, base, path) => expect(contractPath(pathname, base)).toBe(path));
});

describe('checkContract', () => {
  it('passes when every published address is still built', () => {
    expect(checkContract(contract, { pages: { ...contract.pages, '/new/': [] } })).toEqual([]);
  });

  it('names a lost anchor and a lost page', () => {
    const current = { pages: { '/': ['speakers'], '/speakers/ada/': ['presentation', 'ada-first'] } };
    expect(checkContract(contract, current)).toEqual([
      expect.stringContaining('published anchor /speakers/ada/#ada-opening is gone'),
      expect.stringContaining('published page /topics/bridges/ is gone'),
    ]);
  });

  it('accepts them once aliased, and checks the aliases point somewhere real', () => {
    const current = {
      pages: { '/': ['speakers'], '/speakers/ada/': ['presentation', 'ada-first'], '/topics/crossings/': ['bridge-question'] },
    };
    const aliases = {
      pages: { '/topics/bridges/': '/topics/crossings/' },
      fragments: { '/speakers/ada/': { 'ada-opening': 'ada-first' } },
    };
    expect(checkContract(contract, current, aliases)).toEqual([]);
    const broken = { pages: { '/topics/bridges/': '/topics/nowhere/' }, fragments: { '/speakers/ada/': { 'ada-opening': 'ada-nothing' } } };
    expect(checkContract(contract, current, broken)).toEqual([
      expect.stringContaining('the target page /topics/nowhere/ does not exist'),
      expect.stringContaining('#ada-nothing does not exist on the page'),
      expect.stringContaining('published anchor /speakers/ada/#ada-opening is gone'),
      expect.stringContaining('published page /topics/bridges/ is gone'),
    ]);
  });

  it('moves a page’s anchors with it when the page is aliased', () => {
    const current = { pages: { '/': ['speakers'], '/speakers/ada/': ['ada-opening', 'presentation'], '/topics/crossings/': [] } };
    expect(checkContract(contract, current, { pages: { '/topics/bridges/': '/topics/crossings/' }, fragments: {} })).toEqual([
      expect.stringContaining('published anchor /topics/bridges/#bridge-question is gone from /topics/crossings/'),
    ]);
  });
});

describe('mergeContract', () => {
  it('adds what is new and never drops what was published', () => {
    const merged = mergeContract(contract, { pages: { '/': ['speakers', 'topics'], '/a-z/': ['letter-a'] } });
    expect(merged.pages['/']).toEqual(['speakers', 'topics']);
    expect(merged.pages['/topics/bridges/']).toEqual(['bridge-question']);
    expect(Object.keys(merged.pages)).toEqual(['/', '/a-z/', '/speakers/ada/', '/topics/bridges/']);
    expect(countAddresses(merged)).toEqual({ pages: 4, fragments: 6 });
  });
});

describe('parseLinkAliases', () => {
  const FILE = 'content/link-aliases.json';
  const problems = (text: string) => {
    try {
      parseLinkAliases(text, FILE);
    } catch (error) {
      return (error as ContentError).problems;
    }
    throw new Error('no ContentError');
  };

  it('reads pages and fragments, either of which may be left out', () => {
    expect(parseLinkAliases('{ "pages": { "/old/": "/new/" } }', FILE)).toEqual({ pages: { '/old/': '/new/' }, fragments: {} });
    expect(parseLinkAliases('{}', FILE)).toEqual({ pages: {}, fragments: {} });
  });

  it('names the line and field of a misspelt key, with the key probably meant', () => {
    expect(problems('{\n  "pages": {},\n  "fragment": {}\n}')).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 3,
        field: 'fragment',
        message: expect.stringContaining('did you mean "fragments" for "fragment"?'),
      }),
    ]);
  });

  it('names a page path without its slashes and says how to write it', () => {
    expect(problems('{\n  "pages": {\n    "/old/": "speakers/ada"\n  }\n}')).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'pages',
        message: expect.stringMatching(/^"\/old\/": a page path starts and ends with "\/"/),
      }),
    ]);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(problems('{ "pages": ')).toEqual([
      expect.objectContaining({ file: FILE, field: '(file)', message: expect.stringContaining('not valid JSON') }),
    ]);
  });
});
