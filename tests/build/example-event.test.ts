/**
 * The same code publishes another event: the small invented event in tests/fixtures/minimal-event
 * (two panelists, one topic, four remarks) builds with EVENT_CONTENT_DIR, passes every content
 * check (cross-references, source coverage, its own link contract), and its pages carry its
 * remarks and nothing of the real event in content/.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteBuild } from '../tools/build-site';
import { minimalEvent } from '../tools/fixture-sites';
import { builtAddresses } from '../../src/integrations/link-contract';

const FIXTURE = 'tests/fixtures/minimal-event';
const REMARKS = {
  'ada-opening': { home: 'speakers/ada', text: 'Lane said bridges need care.' },
  'ben-opening': { home: 'speakers/ben', text: 'Moss said bridges need plans.' },
  'guest-asks': { home: 'topics/bridges', text: 'A guest asked which bridge comes first.' },
  'ada-answers': { home: 'topics/bridges', text: 'Lane answered that the oldest one does.' },
};

describe('a second event, built from its own content folder', () => {
  let build: SiteBuild;
  const page = (path: string) => readFileSync(join(build.dist, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    // An unmodified copy of the fixture (tests/tools/fixture-sites.ts): its link contract is checked, not updated.
    build = await minimalEvent();
  });

  it('builds, with its link contract holding, warning about nothing', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('link contract holds');
    expect(build.output).not.toMatch(/\[WARN\]|still marked TODO|does not exist or is empty|No files found/);
  });

  it('publishes exactly the pages and anchors its contract lists', () => {
    const contract = JSON.parse(readFileSync(join(FIXTURE, 'link-contract.json'), 'utf8')) as { pages: Record<string, string[]> };
    expect(builtAddresses(build.dist)).toEqual(contract);
  });

  it('prints every remark at its anchor on its home page and on its own page', () => {
    for (const [id, { home, text }] of Object.entries(REMARKS)) {
      expect(page(home), id).toMatch(new RegExp(`id="${id}"[^]*?${text.replace('.', '\\.')}`));
      expect(page(`remarks/${id}`), id).toContain(text);
    }
  });

  it('shows its own event, speakers and topic, and the source split into its remarks', () => {
    const home = page('');
    expect(home).toContain('A test panel on bridges');
    expect(home).toContain('Dr. Ada Lane');
    expect(home).toContain('Ben Moss');
    // Lane presents once and answers once in the Q&A; the counts read as prose.
    expect(home.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(
      'Dr. Ada Lane: 2 remarks (1 in the presentation, 1 in the Q&amp;A).',
    );
    expect(page('topics')).toContain('Which bridge first?');
    const source = page('source');
    for (const [id, { home }] of Object.entries(REMARKS)) expect(source).toContain(`href="/${home}/#${id}"`);
    expect(page('a-z')).toContain('This event has no A–Z index.');
  });

  it('writes its record and a search index of its four remarks', () => {
    const record = JSON.parse(readFileSync(join(build.dist, 'event.json'), 'utf8')) as { remarks: Array<{ id: string; text: string }> };
    expect(record.remarks.map((r) => [r.id, r.text])).toEqual(Object.entries(REMARKS).map(([id, r]) => [id, r.text]));
    expect(existsSync(join(build.dist, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('carries nothing of the real event: the code names no speaker, topic or text of it', () => {
    const html = (readdirSync(build.dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
    const real = /Hoshino|Uesugi|Holt|Stimson|Cambodia|Japan|peacekeeping|Hiroshima/i;
    const found = html.filter((f) => real.test(readFileSync(join(build.dist, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
