import { describe, expect, it } from 'vitest';
import { NO_ALIASES } from '../../src/lib/link-contract';
import { shellView, type ShellInput } from '../../src/lib/views/shell';
import { eventData, SITE } from './views-fixture';

describe('shellView', () => {
  const data = eventData();
  const shell = (input: Partial<ShellInput> = {}) =>
    shellView(data, { pagePath: '/speakers/ada/', site: SITE, title: 'Dr. Ada Al', aliases: NO_ALIASES, ...input });

  it('gives a page its own title, then the site title, and the canonical URL of its own path', () => {
    const view = shell();
    expect(view.title).toBe('Dr. Ada Al · Test');
    expect(view.ogTitle).toBe('Dr. Ada Al');
    expect(view.canonical).toBe('https://example.org/speakers/ada/');
  });

  it("titles the home page with the site title, and its link previews and citation with the event's title", () => {
    const view = shell({ pagePath: '/', title: undefined });
    expect(view.title).toBe('Test: event summary');
    expect(view.ogTitle).toBe('A test event');
    expect(view.citation?.title).toBe('A test event');
    expect(view.canonical).toBe('https://example.org/');
  });

  it('declares no canonical URL and no citation on the 404 page, which answers at any missing address', () => {
    const view = shell({ pagePath: '/404/', title: 'Page not found', noindex: true });
    expect(view.noindex).toBe(true);
    expect(view.canonical).toBeUndefined();
    expect(view.citation).toBeUndefined();
  });

  it('cites the hosts as authors, the date with slashes and the host line as publisher', () => {
    expect(shell().citation).toEqual({
      title: 'Dr. Ada Al',
      authors: ['A host'],
      publicationDate: '2001/02/03',
      conferenceTitle: 'A test event',
      publisher: 'A host',
    });
  });

  it('prints the masthead and footer with the date as stated, the inferred year in brackets', () => {
    const view = shell();
    expect(view.masthead).toBe('A test event · A host, February 3 [2001]');
    expect(view.footer).toEqual({ host: 'A host', documentTitle: 'Summary', date: 'February 3 [2001]' });
    expect(view.header).toEqual({ title: 'Test', topics: true });
  });

  it('leaves Topics out of the header for an event without topics', () => {
    const noTopics = { ...data, index: { ...data.index, topics: [] } };
    expect(shellView(noTopics, { pagePath: '/', site: SITE, aliases: NO_ALIASES }).header.topics).toBe(false);
  });

  it("prints a page's own fragment aliases as JSON, and none on a page without them", () => {
    const aliases = { pages: {}, fragments: { '/speakers/ada/': { 'ada-opening': 'ada-first' } } };
    expect(shell({ aliases }).fragmentAliases).toBe('{"ada-opening":"ada-first"}');
    expect(shell({ aliases, pagePath: '/speakers/ben/', title: 'Ben Bo' }).fragmentAliases).toBeUndefined();
    expect(shell({ aliases: { pages: {}, fragments: { '/speakers/ada/': {} } } }).fragmentAliases).toBeUndefined();
  });

  it('sets the stand-in origin only when the build had no SITE_URL', () => {
    expect(shell({ siteUrlSet: false }).standInOrigin).toBe('https://example.org');
    expect(shell({ siteUrlSet: true }).standInOrigin).toBeUndefined();
  });
});
