/**
 * The site works wherever it is deployed: at the root, under a sub-path, and with the other
 * trailing-slash setting (page.html files and clean URLs) under a sub-path, each served by a
 * plain static server with directory index files and the site's 404 page, of both kinds: one that
 * looks for `x.html` first and one that answers an existing folder `x/` with a redirect first
 * (Apache's DirectorySlash). In each: every link answers 200 without a redirect, every page has one
 * address that its canonical link, Open Graph, citation tags, sitemap and links all give byte for
 * byte, old addresses of the link aliases redirect to their pages under the base, Pagefind loads and
 * a result lands on its remark, copy buttons copy the page's own origin, and a missing URL shows
 * the styled 404 page.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../tools/build-site';
import { crawl } from '../tools/crawl';
import { addressProblems, redirectProblems, servedAt, siteFiles } from '../tools/addresses';
import { startSession, type Session } from './browser';

/** Old addresses that the built variants redirect (the real content has none yet). */
const ALIASES = {
  pages: { '/remarks/old-name/': '/remarks/holt-lessons-from-early-missions/', '/speakers/old-speaker/': '/speakers/holt/' },
};

interface Variant {
  name: string;
  base: string;
  env: Record<string, string>;
  dir: string;
  /** Built from a copy of the content with ALIASES. */
  aliased: boolean;
  /** Page addresses written by hand: the home page, the Speakers page, one speaker's page. */
  expected: { home: string; speakers: string; speaker: string };
}

const variants: Variant[] = [
  {
    name: 'root, trailing slash',
    base: '/',
    env: {},
    dir: 'dist',
    aliased: false,
    expected: { home: 'https://example.org/', speakers: 'https://example.org/speakers/', speaker: 'https://example.org/speakers/hoshino/' },
  },
  {
    name: 'sub-path',
    base: '/some/sub/path/',
    env: { SITE_BASE: '/some/sub/path/' },
    dir: '',
    aliased: true,
    expected: {
      home: 'https://example.org/some/sub/path/',
      speakers: 'https://example.org/some/sub/path/speakers/',
      speaker: 'https://example.org/some/sub/path/speakers/hoshino/',
    },
  },
  // Page files without trailing slashes, under a sub-path too: the base and the slash setting are
  // applied independently (src/lib/urls.ts), so this one build stands for `never` at the root as well.
  {
    name: 'sub-path without trailing slash',
    base: '/pko/',
    env: { SITE_BASE: '/pko/', SITE_TRAILING_SLASH: 'never' },
    dir: '',
    aliased: true,
    // The home page and the Speakers page are folders on the host (speakers/ holds the speakers' pages).
    expected: {
      home: 'https://example.org/pko/',
      speakers: 'https://example.org/pko/speakers/',
      speaker: 'https://example.org/pko/speakers/hoshino',
    },
  },
];

beforeAll(async () => {
  const content = join('tests', '.tmp', 'deploy-content');
  rmSync(content, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  writeFileSync(join(content, 'link-aliases.json'), JSON.stringify(ALIASES));
  // Build the extra variants one after the other: two builds at once starve a 2-core machine.
  for (const v of variants) {
    if (v.dir) continue;
    const built = await buildSite(`deploy-${v.name.replace(/\W+/g, '-')}`, {
      ...v.env,
      ...(v.aliased ? { EVENT_CONTENT_DIR: content } : {}),
    });
    if (built.status !== 0) throw new Error(`build of ${v.name} failed:\n${built.output}`);
    v.dir = built.dist;
  }
}, 400_000);

describe.each(variants)('deployed at $name', (variant) => {
  const never = variant.env.SITE_TRAILING_SLASH === 'never';
  let session: Session;
  beforeAll(async () => {
    session = await startSession(variant.base, variant.dir);
  });
  afterAll(() => session?.close());

  it.each(['file-first', 'folder-first'] as const)(
    'answers every link with 200 and no redirect on a %s host, fragments included, and reaches every page',
    async (host) => {
      const { broken, reached } = await crawl(variant.dir, variant.base, { host, redirects: 'error' });
      expect(broken).toEqual([]);
      const pages = siteFiles(variant.dir).pages.map((f) => servedAt(f, variant.base));
      expect(pages.filter((p) => !reached.has(p))).toEqual([]);
    },
  );

  it('gives every page one address: canonical, og:url, citation, sitemap, links, JSON-LD, copy buttons and event.json agree', () => {
    expect(addressProblems(variant.dir, variant.base)).toEqual([]);
    // The same addresses, written by hand.
    const canonical = (file: string) => readFileSync(join(variant.dir, file), 'utf8').match(/<link rel="canonical" href="([^"]+)">/)?.[1];
    expect(canonical('index.html')).toBe(variant.expected.home);
    expect(canonical('speakers/index.html')).toBe(variant.expected.speakers);
    expect(canonical(never ? 'speakers/hoshino.html' : 'speakers/hoshino/index.html')).toBe(variant.expected.speaker);
    expect(readFileSync(join(variant.dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: https://example.org${variant.base}sitemap-index.xml`);
  });

  it('searches with Pagefind and lands on the remark', async () => {
    const { page, errors } = await session.newPage();
    await page.goto(
      `${session.url}search/?q=Hiroshima`.replace('/search/?', variant.env.SITE_TRAILING_SLASH === 'never' ? '/search?' : '/search/?'),
    );
    const result = page.locator('#search-results a').first();
    // On a timeout, say what the page said and what failed to load, not only that no result came.
    await result.waitFor().catch(async (error: Error) => {
      const status = await page
        .locator('#search-status')
        .innerText({ timeout: 1_000 })
        .catch(() => '(no #search-status)');
      throw new Error(`${error.message}\nsearch status: ${status}\npage errors: ${errors.join(' | ')}`);
    });
    expect(await result.getAttribute('href')).toMatch(new RegExp(`^${variant.base}speakers/uesugi/?\\?hl=hiroshima#uesugi-`));
    await result.click();
    await page.waitForURL(/#uesugi-/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
    // The landing drops the highlight words from the address, keeping the base and trailing-slash form.
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toMatch(new RegExp(`^${variant.base}speakers/uesugi${variant.env.SITE_TRAILING_SLASH === 'never' ? '' : '/'}$`));
    expect(new URL(page.url()).search).toBe('');
    // The header dialog loads its code and index from under the base too.
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').fill('Hiroshima');
    await expect.poll(() => page.locator('[role="option"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    const filtered = `${variant.base}search${variant.env.SITE_TRAILING_SLASH === 'never' ? '' : '/'}?speaker=uesugi&part=qa`;
    await page.goto(new URL(filtered, session.url).href);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.locator('[data-option="speaker:holt"] input').check();
    await expect
      .poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
      .toBe(filtered.replace('speaker=uesugi', 'speaker=uesugi&speaker=holt'));
    expect(errors).toEqual([]);
  });

  it('shows the site’s own 404 page, styled and with working navigation, for a missing URL', async () => {
    const { page } = await session.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const response = await page.goto(`${session.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(failed).toEqual([`404 ${session.url}no/such/page/`]);
    // Styles applied: the header is laid out by the stylesheet (flex), not the browser default.
    expect(await page.locator('header > div').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    await page.waitForURL(new RegExp(`${variant.base}speakers/?$`));
    expect(await page.locator('h1').innerText()).toBe('Speakers');
  });

  it('copies a remark’s link with the origin the page was loaded from (the build has no SITE_URL)', async () => {
    const { page, errors } = await session.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${session.url}topics/lessons-from-cambodia${never ? '' : '/'}`);
    await page.locator('#holt-lessons-from-early-missions').getByRole('button', { name: 'Copy link' }).click();
    const expected = `${new URL(session.url).origin}${variant.base}topics/lessons-from-cambodia${never ? '' : '/'}#holt-lessons-from-early-missions`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(errors).toEqual([]);
  });
});

describe.each(variants.filter((v) => v.aliased))('old addresses deployed at $name', (variant) => {
  const slash = variant.env.SITE_TRAILING_SLASH === 'never' ? '' : '/';
  let session: Session;
  beforeAll(async () => {
    session = await startSession(variant.base, variant.dir);
  });
  afterAll(() => session?.close());

  it('have valid redirect pages whose refresh, canonical link and link name the new address with the base', async () => {
    const { redirects, problems } = redirectProblems(variant.dir, variant.base);
    expect(problems).toEqual([]);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const reports = await Promise.all(siteFiles(variant.dir).redirects.map((f) => validator.validateFile(join(variant.dir, f))));
    expect(reports.flatMap((r) => r.results.flatMap((m) => m.messages.map((x) => `${m.filePath}: ${x.message}`)))).toEqual([]);
    expect(redirects).toEqual([
      { from: `${variant.base}remarks/old-name${slash}`, to: `${variant.base}remarks/holt-lessons-from-early-missions${slash}` },
      { from: `${variant.base}speakers/old-speaker${slash}`, to: `${variant.base}speakers/holt${slash}` },
    ]);
  });

  it.each([
    ['remarks/old-name', 'remarks/holt-lessons-from-early-missions', 'Victoria Holt: “Holt shared her view that the lessons from…”'],
    ['speakers/old-speaker', 'speakers/holt', 'Victoria Holt'],
  ])('take a reader from /%s to /%s on the site', async (from, to, h1) => {
    const { page, errors } = await session.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(`${session.url}${from}${slash}`);
    await page.waitForURL(`${session.url}${to}${slash}`);
    expect(await page.locator('h1').innerText()).toBe(h1);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the address checks, on a planted copy of a sub-path build without trailing slashes', () => {
  const variant = variants.at(-1)!;
  const copy = join('tests', '.tmp', 'deploy-planted');
  const plant = (file: string, from: string, to: string) => {
    const path = join(copy, file);
    const html = readFileSync(path, 'utf8');
    expect(html).toContain(from);
    writeFileSync(path, html.replace(from, to));
  };
  beforeAll(() => {
    rmSync(copy, { recursive: true, force: true });
    cpSync(variant.dir, copy, { recursive: true });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('report a canonical link one slash away from the page’s address', () => {
    plant(
      'speakers/holt.html',
      '<link rel="canonical" href="https://example.org/pko/speakers/holt">',
      '<link rel="canonical" href="https://example.org/pko/speakers/holt/">',
    );
    expect(addressProblems(copy, variant.base)).toEqual([
      'speakers/holt.html: canonical is https://example.org/pko/speakers/holt/, not https://example.org/pko/speakers/holt',
    ]);
  });

  it('report a slash-less link to a folder as a redirect on a folder-first host only', async () => {
    plant('index.html', '</main>', '<a href="/pko/topics">Topics</a></main>');
    expect((await crawl(copy, variant.base, { host: 'file-first', redirects: 'error' })).broken).toEqual([]);
    expect((await crawl(copy, variant.base, { host: 'folder-first', redirects: 'error' })).broken).toEqual([
      expect.stringMatching(/^301 \/pko\/topics \(from \/pko\/\)/),
    ]);
  });
});
