/**
 * An event of another shape builds into a faithful site: the invented conference in
 * tests/fixtures/events/two-panels-moderator (a moderator, two panels, co-hosts, narration, a
 * sentence crediting two panelists, a full date, no Q&A and no topics). Expected values are read
 * off the fixture's summary, not off the build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedBuild, type SiteBuild } from '../tools/build-site';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFiles, normalise } from './site';

const FIXTURE = 'tests/fixtures/events/two-panels-moderator';

describe('a conference with a moderator, two panels and no Q&A', () => {
  let build: SiteBuild;
  const page = (path: string) => cheerio.load(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));
  const text = (path: string) => normalise(page(path)('main').text());

  beforeAll(async () => {
    build = await sharedBuild('event-shapes', { EVENT_CONTENT_DIR: FIXTURE });
  });

  it('builds without a warning, its link contract holding', () => {
    expect(build.status, build.output).toBe(0);
    // No participants.json and no topics/ folder: the optional collections are empty, unannounced.
    expect(existsSync(join(FIXTURE, 'participants.json')) || existsSync(join(FIXTURE, 'topics'))).toBe(false);
    expect(build.output).not.toMatch(/\[WARN\]|still marked TODO|does not exist or is empty|No files found|does not exist\./);
    expect(build.output).toContain('link contract holds');
  });

  it('is valid HTML on every page (html-validate, as the real event)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const reports = await Promise.all(htmlFiles(build.dist).map((f) => validator.validateFile(join(build.dist, f))));
    expect(
      reports
        .filter((r) => !r.valid)
        .map((r) => formatterFactory('text')(r.results))
        .join('\n'),
    ).toBe('');
  });

  it('states the date as the summary does, with every host and co-host, and the moderator by role', () => {
    const $ = page('');
    const facts = normalise($('main dl').text());
    expect(facts).toContain('March 3, 2022');
    expect(facts).not.toContain('[2022]');
    expect(facts).toContain('Northwind Policy Institute');
    expect(facts).toContain('Fjord Council; Alder Trust');
    const moderator = $('main dt').filter((_, dt) => $(dt).text() === 'Moderator');
    expect(normalise(moderator.next('dd').text())).toBe('Dr. Ilse Navarro');
  });

  it('lists both sessions in order and has no Q&A, no topics and no exchange numbering anywhere', () => {
    expect(
      page('')('#sessions a')
        .map((_, a) => page('')(a).text())
        .get(),
    ).toEqual(['First panel: flood defenses', 'Second panel: financing']);
    const everyPage = (readdirSync(build.dist, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));
    for (const file of everyPage) {
      const main = normalise(
        cheerio
          .load(readFileSync(join(build.dist, file), 'utf8'))('main')
          .text(),
      );
      expect(main, file).not.toMatch(/Q&A|exchange \d+ of \d+/);
    }
    expect(existsSync(join(build.dist, 'topics', 'index.html'))).toBe(true);
    expect(readdirSync(join(build.dist, 'topics'))).toEqual(['index.html']);
    expect(
      page('')('header nav a')
        .map((_, a) => page('')(a).text().trim())
        .get(),
    ).not.toContain('Topics');
  });

  it('prints narration in place, as the summary’s words, credited to no one', () => {
    const $ = page('sessions/first-panel');
    const narration = $('#first-panel-flood-defenses');
    expect(normalise(narration.text())).toContain(
      'The first panel, with Dr. Petra Lindqvist, Samuel Okafor, and Ms. Reiko Tanabe, focused on flood defenses.',
    );
    expect(normalise(narration.text())).toContain('From the summary');
    expect(narration.find('a[href*="/speakers/"]')).toHaveLength(0);
    // It comes before the first remark, as in the summary.
    const order = $('[data-narration], [data-remark]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(order.slice(0, 2)).toEqual(['first-panel-flood-defenses', 'lindqvist-failing-seawalls']);
    expect(existsSync(join(build.dist, 'remarks', 'first-panel-flood-defenses'))).toBe(false);
  });

  it('credits the joint remark to both panelists, on the session page, both speaker pages and its own page', () => {
    const joint = page('sessions/first-panel')('#lindqvist-okafor-local-monitoring');
    expect(joint.find('a[href$="/speakers/lindqvist/"]')).toHaveLength(1);
    expect(joint.find('a[href$="/speakers/okafor/"]')).toHaveLength(1);
    for (const person of ['lindqvist', 'okafor']) {
      expect(page(`speakers/${person}`)('[data-remark-quote="lindqvist-okafor-local-monitoring"]'), person).toHaveLength(1);
    }
    const own = page('remarks/lindqvist-okafor-local-monitoring');
    expect(normalise(own('h1').text())).toBe('Dr. Petra Lindqvist and Samuel Okafor: “Lindqvist and Okafor agreed that such…”');
    expect(normalise(own('dt:contains("Said by") + dd').text())).toBe('Dr. Petra Lindqvist and Samuel Okafor (joint remark)');
  });

  it('gives the moderator a page for their remarks, and lists everyone with their role', () => {
    expect(text('speakers/navarro')).toContain('Navarro asked the panelists what a town with no budget should do first.');
    expect(text('speakers')).toContain('Dr. Ilse Navarro (Moderator): 1 remark.');
    expect(text('speakers')).toContain('Samuel Okafor (Panelist): 3 remarks.');
    expect(text('speakers/okafor')).not.toContain('Spoke on');
    // People are listed in the order they first spoke; Okafor speaks three times (once jointly),
    // Tanabe twice; with no Q&A there is no split by part.
    expect(text('')).toContain('Samuel Okafor: 3 remarks. Ms. Reiko Tanabe: 2 remarks.');
  });

  it('publishes narration and joint credits as data', () => {
    const data = JSON.parse(readFileSync(join(build.dist, 'event.json'), 'utf8')) as {
      event: { hosts: string[]; coHosts: string[] };
      narration: Array<{ id: string }>;
      remarks: Array<{ id: string; authors: Array<{ id: string }> }>;
    };
    expect(data.event.coHosts).toEqual(['Fjord Council', 'Alder Trust']);
    expect(data.narration.map((n) => n.id)).toContain('first-panel-flood-defenses');
    expect(data.remarks.find((r) => r.id === 'lindqvist-okafor-local-monitoring')!.authors.map((a) => a.id)).toEqual([
      'lindqvist',
      'okafor',
    ]);
    expect(data.remarks.some((r) => r.id === 'first-panel-flood-defenses')).toBe(false);
  });
});
