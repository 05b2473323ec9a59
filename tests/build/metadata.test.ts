/**
 * Page metadata over the built site: every page but the 404 has one canonical URL (absolute, with
 * a trailing slash), Open Graph and citation tags, and any JSON-LD parses and names the schema.org types
 * the issue asks for.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, loadPage, requireBuild } from './site';

beforeAll(() => requireBuild());

describe('page metadata', () => {
  it('gives every indexable page a canonical URL, Open Graph and citation tags', () => {
    const canonicals = new Set<string>();
    for (const file of htmlFiles().filter((f) => f !== '404.html')) {
      const $ = loadPage(file);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(canonical, file).toBe(`https://example.org/${file.replace(/index\.html$/, '')}`);
      expect(canonicals.has(canonical), `${file} repeats ${canonical}`).toBe(false);
      canonicals.add(canonical);
      expect($('meta[property="og:url"]').attr('content'), file).toBe(canonical);
      expect($('meta[property="og:title"]').attr('content'), file).toBeTruthy();
      expect($('meta[name="citation_publication_date"]').attr('content'), file).toBe('2015/04/20');
    }
    const notFound = loadPage('404.html');
    expect(notFound('meta[name="robots"]').attr('content')).toBe('noindex');
    // Served at any missing address, the 404 page has no address of its own to declare.
    expect(notFound('link[rel="canonical"], meta[property="og:url"], meta[name="citation_public_url"]').length).toBe(0);
  });

  it('describes the event, the speakers and each remark in JSON-LD', () => {
    const ld = (file: string) => JSON.parse(loadPage(file)('script[type="application/ld+json"]').text());
    const event = ld('index.html');
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2015-04-20',
      organizer: [{ name: 'The Stimson Center’s Japan Program' }],
    });
    expect(event.performer.map((p: { name: string }) => p.name)).toEqual(['Toshiya Hoshino', 'Yuji Uesugi', 'Victoria Holt']);
    expect(ld('speakers/uesugi/index.html')).toMatchObject({ '@type': 'Person', name: 'Yuji Uesugi', honorificPrefix: 'Dr.' });
    const quote = ld('remarks/uesugi-trainees-and-results/index.html');
    expect(quote).toMatchObject({
      '@type': 'Quotation',
      spokenByCharacter: { name: 'Yuji Uesugi' },
      creator: { name: 'Yuji Uesugi' },
      isPartOf: { '@type': 'Event' },
    });
    expect(quote.text).toContain('After training in Hiroshima for six weeks');
    const participant = ld('remarks/commentator-cambodia-question/index.html');
    expect(participant).not.toHaveProperty('creator');
  });

  it('offers remark-page metadata a reference manager can use', () => {
    const $ = loadPage('remarks/holt-lessons-from-early-missions/index.html');
    expect($('meta[name="citation_author"]').attr('content')).toBe('The Stimson Center’s Japan Program');
    expect($('meta[name="citation_title"]').attr('content')).toBe('Victoria Holt: “Holt shared her view that the lessons from…”');
    expect($('meta[property="og:type"]').attr('content')).toBe('article');
    expect($('meta[property="og:description"]').attr('content')).toMatch(/^Holt shared her view/);
  });
});
