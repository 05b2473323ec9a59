/**
 * Fixture sites built once per run and shared by the test files that use them (`sharedBuild`): each
 * Astro build costs about 10 s of CPU on this 2-core machine, so files that can read the same build do.
 * - `minimalEvent()`: a copy of tests/fixtures/minimal-event, unmodified (example-event.test.ts reads
 *   its pages; content-cache.test.ts starts from its cache, and moves and edits its content folder, then
 *   restores it: read a shared site's `dist`, never its content folder);
 * - `editedMinimalEvent()`: the same event with
 *   - its remark `ada-opening` renamed `ada-first`, with link aliases from the old page and anchor
 *     (permalinks.test.ts: redirects and anchor forwarding);
 *   - that remark's text made hostile: markup and braces, escaped in MDX as an editor would write them
 *     (security.test.ts: printed as text, nothing runs);
 *   - SITE_URL set (permalinks.test.ts: copied links and canonical links use it).
 */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedBuild, type SiteBuild } from './build-site';
import { editFixture } from './fixture-edit';

const FIXTURE = 'tests/fixtures/minimal-event';

/** Where `minimalEvent()` copies the fixture and builds it from: its content folder and cache folder. */
export const MINIMAL = {
  name: 'minimal-event',
  content: join('tests', '.tmp', 'minimal-event', 'content'),
  cache: join('tests', '.tmp', 'minimal-event', 'cache'),
};

/** Builds (or reuses this run's build of) an unmodified copy of the minimal event. */
export function minimalEvent(): Promise<SiteBuild> {
  return sharedBuild(MINIMAL.name, { EVENT_CONTENT_DIR: MINIMAL.content }, () => {
    // From an empty cache, as a first build.
    rmSync(join('tests', '.tmp', MINIMAL.name), { recursive: true, force: true });
    cpSync(FIXTURE, MINIMAL.content, { recursive: true });
  });
}

const NAME = 'edited-minimal-event';
const CONTENT = join('tests', '.tmp', NAME, 'content');

/** The public origin the build is given. */
export const EDITED_SITE_URL = 'https://events.example.net';

/** The hostile remark as written in MDX (markup escaped with `\`, as MDX requires). */
const HOSTILE_MDX = 'Lane wrote \\<script>window.pwned = 1\\</script> and \\<img src=x onerror="window.pwned = 2"> and \\{braces} here.';

function prepare(): void {
  rmSync(join('tests', '.tmp', NAME), { recursive: true, force: true });
  cpSync(FIXTURE, CONTENT, { recursive: true });
  editFixture(CONTENT, 'speakers/ada.mdx', 'id="ada-opening"', 'id="ada-first"');
  editFixture(CONTENT, 'speakers/ada.mdx', 'Lane said bridges need care.', HOSTILE_MDX);
  // The source text must hold every remark's wording, so the hostile text goes there too, as MDX reads it.
  editFixture(CONTENT, 'source/event-summary.txt', 'Lane said bridges need care.', HOSTILE_MDX.replaceAll('\\', ''));
  const aliases = {
    pages: { '/remarks/ada-opening/': '/remarks/ada-first/' },
    fragments: { '/speakers/ada/': { 'ada-opening': 'ada-first' } },
  };
  writeFileSync(join(CONTENT, 'link-aliases.json'), JSON.stringify(aliases));
}

/** Builds (or reuses this run's build of) the edited minimal event. */
export function editedMinimalEvent(): Promise<SiteBuild> {
  return sharedBuild(NAME, { EVENT_CONTENT_DIR: CONTENT, SITE_URL: EDITED_SITE_URL }, prepare);
}
