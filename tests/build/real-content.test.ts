/**
 * The real event (content/) as the built site prints it: the source view splits the summary as it
 * reads, and the A–Z index finds what readers look for. Expected values are read off
 * content/source/event-summary.txt and content/entities.json by hand; the rules behind them are
 * unit-tested on invented text (tests/unit/source-view.test.ts, tests/unit/entities.test.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadPage, normalise, requireBuild } from './site';

beforeAll(() => requireBuild());

/** The remark id a link points to (`/speakers/holt/#holt-x` → `holt-x`). */
const anchorOf = (href: string) => href.slice(href.indexOf('#') + 1);

describe('the source view of the real summary', () => {
  const paragraphs = () => {
    const $ = loadPage('source/index.html');
    return $('li[id^="paragraph-"]')
      .toArray()
      .map((li) => ({
        text: normalise($(li).children('p').first().text()),
        remarks: $(li)
          .find('a')
          .toArray()
          .map((a) => anchorOf($(a).attr('href') ?? '')),
      }));
  };

  it('prints the heading, then 15 paragraphs once the page break is rejoined: the opening (narration) and 14 split into remarks', () => {
    const $ = loadPage('source/index.html');
    expect(normalise($('main p.font-semibold').first().text())).toBe('EXECUTIVE SUMMARY');
    const list = paragraphs();
    expect(list).toHaveLength(15);
    expect(list[0]!.text).toMatch(/^On April 20, The Stimson Center’s Japan Program hosted/);
    expect(list[0]!.remarks).toEqual(['opening']);
    expect(list.find((p) => p.text.includes('opportunities for Japan to cooperate with the US'))?.text).toMatch(
      /^In terms of US cooperation/,
    );
    expect(list.some((p) => p.text.includes('non-proliferation, anti-terrorism, and'))).toBe(true);
    expect(list.slice(1).filter((p) => p.remarks.length === 0)).toEqual([]);
  });

  it('places every remark exactly once, in the order they were said (the order of event.json)', () => {
    const record = JSON.parse(readFileSync(`${DIST}/event.json`, 'utf8')) as { remarks: Array<{ id: string }> };
    expect(record.remarks.length).toBeGreaterThan(20);
    expect(
      paragraphs()
        .slice(1)
        .flatMap((p) => p.remarks),
    ).toEqual(record.remarks.map((r) => r.id));
  });

  it('keeps the page-break paragraph’s remarks whole: Uesugi on the G4 initiative', () => {
    const paragraph = paragraphs().find((p) => p.remarks.includes('uesugi-g4-and-rapid-response-partnership'));
    expect(paragraph?.remarks).toEqual(['uesugi-few-us-linkages', 'uesugi-g4-and-rapid-response-partnership', 'uesugi-program-outlook']);
  });
});

describe('the A–Z index of the real event', () => {
  /** Each entry's remark ids, by entity id, as the A–Z page links them. */
  const entries = () => {
    const $ = loadPage('a-z/index.html');
    return new Map(
      $('dt[id^="entity-"]')
        .toArray()
        .map((dt) => [
          $(dt).attr('id')!.slice('entity-'.length),
          $(dt)
            .next('dd')
            .find('li a')
            .toArray()
            .map((a) => anchorOf($(a).attr('href') ?? '')),
        ]),
    );
  };

  it('lists every entity of content/entities.json, each with at least one remark', () => {
    const declared = (JSON.parse(readFileSync('content/entities.json', 'utf8')) as Array<{ id: string }>).map((e) => e.id);
    const byId = entries();
    expect([...byId.keys()].sort()).toEqual([...declared].sort());
    expect(declared.filter((id) => !byId.get(id)?.length)).toEqual([]);
  });

  it('includes the people, bodies, programmes and places readers look for', () => {
    const byId = entries();
    for (const id of [
      'yasushi-akashi',
      'taro-aso',
      'abe',
      'mofa',
      'sdf',
      'asean',
      'cambodia',
      'vietnam',
      'hiroshima',
      'african-peacekeeping-rapid-response-partnership',
      'un-standby-arrangements-system',
      'un-security-council',
    ]) {
      expect(byId.get(id)?.length, id).toBeGreaterThan(0);
    }
    expect(byId.get('yasushi-akashi')).toEqual(['uesugi-origins-of-the-program']);
    // "r Abe" in the source reads "Abe" once the stray letter is struck through.
    expect(byId.get('abe')).toEqual(['hoshino-contributions-to-the-un', 'uesugi-origins-of-the-program']);
  });

  it('keeps the two G4s apart: the charter-reform group of four and the G4 training initiative', () => {
    const byId = entries();
    expect(byId.get('group-of-four-charter-reform')).toEqual(['hoshino-charter-reform-and-the-group-of-four']);
    expect(byId.get('g4-initiative')).toEqual(['uesugi-g4-and-rapid-response-partnership']);
  });

  it('counts Africa in the three remarks that name it (the partnership’s own name holding “African” is its entry’s)', () => {
    expect([...(entries().get('africa') ?? [])].sort()).toEqual([
      'hoshino-charter-reform-and-the-group-of-four',
      'uesugi-g4-and-rapid-response-partnership',
      'uesugi-trainees-and-results',
    ]);
  });
});
