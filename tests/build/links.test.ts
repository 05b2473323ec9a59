/**
 * Every internal href and #fragment of the built site resolves, served the way a static host
 * serves it. The crawl is linkinator's (https://github.com/JustinBeckwith/linkinator), with
 * fragment checking on; external links are out of scope (the site has none).
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../tools/crawl';
import { DIST, htmlFiles, requireBuild } from './site';

beforeAll(() => requireBuild());

describe('links in the built site', () => {
  it('resolve, fragments included, and reach every page from the home page', async () => {
    const { checked, broken, reached } = await crawl(DIST);
    console.log(`link check: ${checked} URLs checked, ${broken.length} broken`);
    expect(broken).toEqual([]);
    const built = htmlFiles()
      .filter((f) => f !== '404.html')
      .map((f) => '/' + f.replace(/index\.html$/, ''));
    expect(built.filter((u) => !reached.has(u))).toEqual([]);
  });

  it('are really checked: an anchor planted in a copy of the site is reported broken', async () => {
    const copy = join('tests', '.tmp', 'links-planted');
    rmSync(copy, { recursive: true, force: true });
    cpSync(DIST, copy, { recursive: true });
    const home = join(copy, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</main>', '<a href="topics/charter-reform/#no-such-remark">x</a></main>'));
    const { broken } = await crawl(copy);
    expect(broken).toEqual([expect.stringContaining('/topics/charter-reform/#no-such-remark (from /)')]);
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('the Pagefind index', () => {
  it('exists and holds one record per remark and one per reading page (home, speakers, topics, edition notes, A–Z), counted in the MDX source', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const pageCount = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    // Read from the content files as an editor wrote them, not from anything the build produced.
    const mdx = (folder: string) =>
      existsSync(join('content', folder))
        ? readdirSync(join('content', folder))
            .filter((f) => f.endsWith('.mdx'))
            .map((f) => readFileSync(join('content', folder, f), 'utf8'))
        : [];
    const files = { speakers: mdx('speakers'), topics: mdx('topics') };
    expect(mdx('sessions')).toEqual([]);
    const remarks = [...files.speakers, ...files.topics].reduce((n, text) => n + (text.match(/<Remark\s/g) ?? []).length, 0);
    expect(remarks).toBeGreaterThan(20);
    expect(pageCount).toBe(remarks + 1 + files.speakers.length + files.topics.length + 2);
  });
});
