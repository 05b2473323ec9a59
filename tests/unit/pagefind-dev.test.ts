import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requestPath } from '../../src/integrations/dev-request';
import { indexMissingModule, pagefindDevMiddleware } from '../../src/integrations/pagefind-dev';

/**
 * What a middleware did with one request, through a real HTTP server: answered it (status, type, body)
 * or passed it on. `strip` removes the base from `req.url` first, as Astro's base middleware does.
 */
async function ask(handler: ReturnType<typeof pagefindDevMiddleware>, path: string, strip = '') {
  const server = createServer((req, res) => {
    (req as { originalUrl?: string | undefined }).originalUrl = req.url;
    if (strip && req.url?.startsWith(strip)) req.url = req.url.slice(strip.length - 1);
    handler(req as never, res, () => {
      res.statusCode = 599;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    const body = await response.text();
    return response.status === 599
      ? { passed: true }
      : { passed: false, status: response.status, type: response.headers.get('content-type') ?? '', body };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('requestPath', () => {
  it('reads the path the browser asked for, before Astro stripped the base, without the query', () => {
    expect(requestPath({ originalUrl: '/sub/pagefind/pagefind.js?t=1', url: '/pagefind/pagefind.js?t=1' })).toBe(
      '/sub/pagefind/pagefind.js',
    );
    expect(requestPath({ url: '/pagefind/pagefind.js#x' })).toBe('/pagefind/pagefind.js');
    expect(requestPath({})).toBe('');
  });
});

describe('pagefindDevMiddleware', () => {
  it('answers pagefind.js under the base with a module whose init() rejects while there is no index', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
    const handler = pagefindDevMiddleware({ bundle: join(dir, 'pagefind'), base: '/sub/' });
    const answer = await ask(handler, '/sub/pagefind/pagefind.js', '/sub/');
    expect(answer).toMatchObject({ passed: false, status: 200, type: 'text/javascript; charset=utf-8' });
    expect(answer.body).toBe(indexMissingModule());
    // Other index files, and paths outside the base, are not the middleware's.
    expect(await ask(handler, '/sub/pagefind/pagefind-entry.json')).toEqual({ passed: true });
    expect(await ask(handler, '/pagefind/pagefind.js')).toEqual({ passed: true });
    expect(await ask(handler, '/sub/search/')).toEqual({ passed: true });
  });

  it('serves an index written after it started, and says so once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
    let found = 0;
    const handler = pagefindDevMiddleware({ bundle: join(dir, 'pagefind'), base: '/', onFound: () => found++ });
    expect(await ask(handler, '/pagefind/pagefind.js')).toMatchObject({ body: indexMissingModule() });
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind', 'pagefind.js'), 'export const built = true;');
    expect(found).toBe(0);
    expect(await ask(handler, '/pagefind/pagefind.js?v=2')).toMatchObject({
      passed: false,
      status: 200,
      body: 'export const built = true;',
    });
    expect(found).toBe(1);
    await ask(handler, '/pagefind/pagefind.js');
    expect(found).toBe(1);
  });

  it('lets a module loader tell the stand-in from an index: it exports indexMissing, and init() rejects with the message', async () => {
    const url = `data:text/javascript,${encodeURIComponent(indexMissingModule('build first'))}`;
    const stand = (await import(/* @vite-ignore */ url)) as {
      indexMissing: boolean;
      init(): Promise<void>;
      options(o: object): Promise<void>;
    };
    expect(stand.indexMissing).toBe(true);
    await expect(stand.options({})).resolves.toBeUndefined();
    await expect(stand.init()).rejects.toThrow('build first');
  });
});
