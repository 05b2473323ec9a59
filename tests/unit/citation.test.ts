import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- @citation-js/core ships no type declarations; used here only as an independent BibTeX parser.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { formatCitation, toBibtex, toCslJson, type CitationSource } from '../../src/lib/citation';

/** The one CSL-JSON item of a source. */
const toCslItem = (source: CitationSource) => (JSON.parse(toCslJson(source)) as Array<Record<string, unknown>>)[0]!;

// The expected strings below are typed from the style guides (or built by hand from their rules),
// never copied from this module's output.

const EVENT = 'The evolution of Japan’s engagement in the UN and the opportunities for Japan’s continued cooperation with the US';
const HOST = 'The Stimson Center’s Japan Program';
const SITE = 'Japan’s engagement in UN peacekeeping: event summary';
const ORIGIN = 'https://example.org';

const holtRemark: CitationSource = {
  kind: 'remark',
  title: 'Remarks on Lessons from Early Missions',
  authors: [{ given: 'Victoria', family: 'Holt' }],
  eventTitle: EVENT,
  host: HOST,
  date: '2015-04-20',
  url: `${ORIGIN}/remarks/holt-lessons-from-early-missions/`,
  siteTitle: SITE,
  id: 'holt-lessons-from-early-missions',
};

const audienceRemark: CitationSource = {
  ...holtRemark,
  title: 'Question on the Cambodia mission',
  authors: [],
  url: `${ORIGIN}/remarks/audience-member-cambodia/`,
  id: 'audience-member-cambodia',
};

const speakerPage: CitationSource = {
  kind: 'page',
  title: 'Victoria Holt',
  authors: [],
  eventTitle: EVENT,
  host: HOST,
  date: '2015-04-20',
  url: `${ORIGIN}/speakers/holt/`,
  siteTitle: SITE,
  id: 'speakers-holt',
};

/** What is left of the HTML once the formatter's own inline tags are removed: must hold no tag at all. */
const withoutAllowedTags = (html: string) => html.replace(/<\/?(?:i|b|sup|sub)>|<span style="[a-z-]+:[a-z-]+;?">|<\/span>/g, '');

/** A minimal BibTeX reader written from the BibTeX rules (every brace counts, escaped or not). */
function parseBibtex(src: string): Array<{ type: string; key: string; fields: Record<string, string> }> {
  const entries: Array<{ type: string; key: string; fields: Record<string, string> }> = [];
  let i = 0;
  for (;;) {
    i = src.indexOf('@', i);
    if (i === -1) return entries;
    const head = /^@(\w+)\s*\{\s*([^,\s{}]+)\s*,/.exec(src.slice(i));
    if (!head) throw new Error(`bad entry head at ${i}`);
    const fields: Record<string, string> = {};
    let j = i + head[0].length;
    const skipSpace = () => {
      while (/\s/.test(src[j] ?? '')) j++;
    };
    for (;;) {
      skipSpace();
      if (src[j] === '}') {
        j++;
        break;
      }
      const name = /^([A-Za-z][\w-]*)\s*=\s*/.exec(src.slice(j));
      if (!name) throw new Error(`bad field at ${j}: ${src.slice(j, j + 20)}`);
      j += name[0].length;
      let value = '';
      if (src[j] === '{') {
        let depth = 0;
        const start = j;
        do {
          if (src[j] === '{') depth++;
          else if (src[j] === '}') depth--;
          j++;
          if (j > src.length) throw new Error('unbalanced braces');
        } while (depth > 0);
        value = src.slice(start + 1, j - 1);
      } else {
        const bare = /^[A-Za-z0-9]+/.exec(src.slice(j));
        if (!bare) throw new Error(`bad value at ${j}`);
        value = bare[0];
        j += value.length;
      }
      fields[name[1]!.toLowerCase()] = value;
      skipSpace();
      if (src[j] === ',') j++;
    }
    entries.push({ type: head[1]!.toLowerCase(), key: head[2]!, fields });
    i = j;
  }
}

// citeproc-js builds each style's engine on its first use: seconds on a loaded 2-core machine, once
// per run. Build both before the examples, so each example's time limit measures formatting only.
beforeAll(() => {
  formatCitation(speakerPage, 'apa');
  formatCitation(speakerPage, 'chicago');
}, 60_000);

describe('APA 7th edition: the guide’s own examples', () => {
  // apastyle.apa.org › References › Examples › "Conference presentation references"
  // (Publication Manual, 7th ed., §10.5, examples 62 and 64). APA dates the whole run of the meeting.
  it('conference session (Fistek, Jester & Sonnenberg, 2017)', () => {
    const c = formatCitation(
      {
        kind: 'remark',
        title: 'Everybody’s got a little music in them: Using music therapy to connect, engage, and motivate',
        authors: [
          { given: 'A.', family: 'Fistek' },
          { given: 'E.', family: 'Jester' },
          { given: 'K.', family: 'Sonnenberg' },
        ],
        genre: 'Conference session',
        eventTitle: 'Autism Society National Conference',
        eventPlace: 'Milwaukee, WI, United States',
        host: '',
        date: '2017-07-12/2017-07-15',
        url: 'https://asa.confex.com/asa/2017/webprogramarchives/Session9517.html',
        siteTitle: '',
        id: 'fistek2017',
      },
      'apa',
    );
    expect(c.text).toBe(
      'Fistek, A., Jester, E., & Sonnenberg, K. (2017, July 12–15). Everybody’s got a little music in them: Using music therapy to connect, engage, and motivate [Conference session]. Autism Society National Conference, Milwaukee, WI, United States. https://asa.confex.com/asa/2017/webprogramarchives/Session9517.html',
    );
    // The guide sets the title in italics; the HTML escapes the ampersand.
    expect(c.html).toBe(
      'Fistek, A., Jester, E., &#38; Sonnenberg, K. (2017, July 12–15). <i>Everybody’s got a little music in them: Using music therapy to connect, engage, and motivate</i> [Conference session]. Autism Society National Conference, Milwaukee, WI, United States. https://asa.confex.com/asa/2017/webprogramarchives/Session9517.html',
    );
  });

  it('poster presentation (Pearson, 2018)', () => {
    const c = formatCitation(
      {
        kind: 'remark',
        title: 'Fat talk and its effects on state-based body image in women',
        authors: [{ given: 'J.', family: 'Pearson' }],
        genre: 'Poster presentation',
        eventTitle: 'Australian Psychological Society Congress',
        eventPlace: 'Sydney, NSW, Australia',
        host: '',
        date: '2018-09-27/2018-09-30',
        url: 'http://bit.ly/2XGSThP',
        siteTitle: '',
        id: 'pearson2018',
      },
      'apa',
    );
    expect(c.text).toBe(
      'Pearson, J. (2018, September 27–30). Fat talk and its effects on state-based body image in women [Poster presentation]. Australian Psychological Society Congress, Sydney, NSW, Australia. http://bit.ly/2XGSThP',
    );
    expect(c.html).toContain('<i>Fat talk and its effects on state-based body image in women</i> [Poster presentation]');
  });

  // apastyle.apa.org › References › Examples › "Webpage on a website references" (§10.16).
  it('webpage with an individual author (Bologna, 2019)', () => {
    const c = formatCitation(
      {
        kind: 'page',
        title: 'Why some people with anxiety love watching horror movies',
        authors: [{ given: 'C.', family: 'Bologna' }],
        eventTitle: '',
        host: '',
        date: '2019-10-31',
        url: 'https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
        siteTitle: 'HuffPost',
        id: 'bologna2019',
      },
      'apa',
    );
    expect(c.text).toBe(
      'Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    );
    expect(c.html).toContain('<i>Why some people with anxiety love watching horror movies</i>. HuffPost.');
  });

  it('webpage by a group author that is also the site (Centers for Disease Control and Prevention, 2018): site name left out', () => {
    const c = formatCitation(
      {
        kind: 'page',
        title: 'People at high risk of developing flu–related complications',
        authors: [],
        eventTitle: '',
        host: 'Centers for Disease Control and Prevention',
        date: '2018-01-23',
        url: 'https://www.cdc.gov/flu/about/disease/high_risk.htm',
        siteTitle: 'Centers for Disease Control and Prevention',
        id: 'cdc2018',
      },
      'apa',
    );
    expect(c.text).toBe(
      'Centers for Disease Control and Prevention. (2018, January 23). People at high risk of developing flu–related complications. https://www.cdc.gov/flu/about/disease/high_risk.htm',
    );
  });
});

describe('Chicago 17th edition (notes-bibliography, bibliography entry): the guide’s own examples', () => {
  // chicagomanualofstyle.org › Chicago-Style Citation Quick Guide › Notes and Bibliography ›
  // "Website content". Documented difference: CSL has no "last modified" date, so the
  // style prints the date after a comma instead of ". Last modified <date>".
  it('website content (Google, “Privacy Policy”)', () => {
    const guide = 'Google. “Privacy Policy.” Privacy & Terms. Last modified April 17, 2017. https://www.google.com/policies/privacy/.';
    const c = formatCitation(
      {
        kind: 'page',
        title: 'Privacy Policy',
        authors: [],
        eventTitle: '',
        host: 'Google',
        date: '2017-04-17',
        url: 'https://www.google.com/policies/privacy/',
        siteTitle: 'Privacy & Terms',
        id: 'google-privacy',
      },
      'chicago',
    );
    expect(c.text).toBe(guide.replace('. Last modified ', ', '));
    expect(c.html).toBe('Google. “Privacy Policy.” Privacy &#38; Terms, April 17, 2017. https://www.google.com/policies/privacy/.');
  });

  // Documented difference for the next two: the module always ends with the permanent URL
  // (CMOS 14.217: add one when the speech is available online); the printed examples have none.
  it('speech at a meeting (CMOS 17th ed. 14.217, Skocpol)', () => {
    const guide =
      'Skocpol, Theda. “Voice and Inequality: The Transformation of American Civic Democracy.” Presidential address, annual meeting of the American Political Science Association, Philadelphia, PA, August 28, 2003.';
    const url = 'https://example.org/skocpol-2003';
    const c = formatCitation(
      {
        kind: 'remark',
        title: 'Voice and Inequality: The Transformation of American Civic Democracy',
        authors: [{ given: 'Theda', family: 'Skocpol' }],
        genre: 'Presidential address',
        eventTitle: 'annual meeting of the American Political Science Association',
        eventPlace: 'Philadelphia, PA',
        host: '',
        date: '2003-08-28',
        url,
        siteTitle: '',
        id: 'skocpol2003',
      },
      'chicago',
    );
    expect(c.text).toBe(`${guide} ${url}.`);
  });

  it('lecture (Turabian/Chicago-style Citation Quick Guide, Hong)', () => {
    const guide =
      'Hong, Viviana. “Censorship in Children’s Literature during Argentina’s Dirty War (1976–1983).” Lecture, University of Chicago, Chicago, IL, April 30, 2015.';
    const url = 'https://example.org/hong-2015';
    const c = formatCitation(
      {
        kind: 'remark',
        title: 'Censorship in Children’s Literature during Argentina’s Dirty War (1976–1983)',
        authors: [{ given: 'Viviana', family: 'Hong' }],
        genre: 'Lecture',
        eventTitle: '',
        host: 'University of Chicago',
        eventPlace: 'Chicago, IL',
        date: '2015-04-30',
        url,
        siteTitle: '',
        id: 'hong2015',
      },
      'chicago',
    );
    expect(c.text).toBe(`${guide} ${url}.`);
  });
});

describe('a remark by Victoria Holt at our event', () => {
  it('Chicago: Family, Given. “Title.” Description, event, host, Month D, YYYY. URL.', () => {
    const c = formatCitation(holtRemark, 'chicago');
    const expected = `Holt, Victoria. “Remarks on Lessons from Early Missions.” Remarks, ${EVENT}, ${HOST}, April 20, 2015. ${holtRemark.url}.`;
    expect(c.text).toBe(expected);
    expect(c.html).toBe(expected); // nothing to italicise or escape
  });

  it('APA: Family, I. (YYYY, Month D). Title [Description]. Event, host. URL', () => {
    const c = formatCitation(holtRemark, 'apa');
    expect(c.text).toBe(
      `Holt, V. (2015, April 20). Remarks on Lessons from Early Missions [Remarks]. ${EVENT}, ${HOST}. ${holtRemark.url}`,
    );
    expect(c.html).toBe(
      `Holt, V. (2015, April 20). <i>Remarks on Lessons from Early Missions</i> [Remarks]. ${EVENT}, ${HOST}. ${holtRemark.url}`,
    );
  });

  it('BibTeX: one @misc entry with the remark id as key', () => {
    const bib = toBibtex(holtRemark);
    const entries = parseBibtex(bib);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry!.type).toBe('misc');
    expect(entry!.key).toBe('holt-lessons-from-early-missions');
    expect(entry!.fields).toEqual({
      author: 'Holt, Victoria',
      title: '{Remarks on Lessons from Early Missions}',
      howpublished: `Remarks, ${EVENT}, ${HOST}`,
      year: '2015',
      month: 'apr',
      url: holtRemark.url,
    });
  });

  it('BibTeX: an independent parser (citation-js) reads the same entry back', () => {
    const items = new Cite(toBibtex(holtRemark), { forceType: '@bibtex/text' }).data as Array<Record<string, unknown>>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: 'holt-lessons-from-early-missions',
      title: 'Remarks on Lessons from Early Missions',
      author: [{ given: 'Victoria', family: 'Holt' }],
      issued: { 'date-parts': [[2015, 4]] },
      URL: holtRemark.url,
    });
  });

  it('CSL-JSON: a pretty-printed array of one speech item', () => {
    const json = toCslJson(holtRemark);
    expect(json.startsWith('[\n  {\n')).toBe(true);
    const parsed = JSON.parse(json) as unknown[];
    expect(parsed).toHaveLength(1);
    expect(parsed[0]).toEqual({
      id: 'holt-lessons-from-early-missions',
      'citation-key': 'holt-lessons-from-early-missions',
      type: 'speech',
      title: 'Remarks on Lessons from Early Missions',
      author: [{ family: 'Holt', given: 'Victoria' }],
      genre: 'Remarks',
      'event-title': EVENT,
      event: EVENT,
      'event-date': { 'date-parts': [[2015, 4, 20]] },
      issued: { 'date-parts': [[2015, 4, 20]] },
      publisher: HOST,
      URL: holtRemark.url,
    });
  });

  it('the place of the event, when given, follows the host', () => {
    const withPlace = { ...holtRemark, eventPlace: 'Washington, DC' };
    expect(formatCitation(withPlace, 'chicago').text).toContain(`${HOST}, Washington, DC, April 20, 2015.`);
    expect(formatCitation(withPlace, 'apa').text).toContain(`${EVENT}, ${HOST}, Washington, DC. https://`);
    expect(toCslItem(withPlace)['event-place']).toBe('Washington, DC');
    expect(parseBibtex(toBibtex(withPlace))[0]!.fields.howpublished).toBe(`Remarks, ${EVENT}, ${HOST}, Washington, DC`);
  });

  it('names every speaker of a shared remark', () => {
    const shared: CitationSource = {
      ...holtRemark,
      authors: [
        { given: 'Toshiya', family: 'Hoshino' },
        { given: 'Yuji', family: 'Uesugi' },
        { given: 'Victoria', family: 'Holt' },
      ],
    };
    expect(formatCitation(shared, 'chicago').text.startsWith('Hoshino, Toshiya, Yuji Uesugi, and Victoria Holt. “')).toBe(true);
    expect(formatCitation(shared, 'apa').text.startsWith('Hoshino, T., Uesugi, Y., & Holt, V. (2015, April 20).')).toBe(true);
    expect(parseBibtex(toBibtex(shared))[0]!.fields.author).toBe('Hoshino, Toshiya and Uesugi, Yuji and Holt, Victoria');
  });
});

describe('a remark as the summary reports it: the host as author, the speaker named apart', () => {
  // The site's own shape (src/lib/citation/source.ts): no personal author, the speaker in the title
  // and in `speakers`, a title cut with an ellipsis, the year inferred.
  const reported: CitationSource = {
    ...holtRemark,
    title: 'Victoria Holt: “Japan has contributed to the UN system financially…”',
    authors: [],
    speakers: [{ given: 'Victoria', family: 'Holt' }],
    yearInferred: true,
    url: `${ORIGIN}/remarks/holt-partnerships-with-allies/`,
    id: 'holt-partnerships-with-allies',
  };
  const dangling = /^[\s,.;:]|,\s*[,.]|\.\s*\.|\(\s*\)|\s,|Anonymous|n\.d\./;

  it('Chicago: the host as author (CMOS 14.206–14.207), not again as sponsor; the uncertain date in brackets with a question mark; no period after the ellipsis', () => {
    const { text, html } = formatCitation(reported, 'chicago');
    // Headline-style capitals inside the title (CMOS 8.159); inner quotation marks single (CMOS 6.11).
    expect(text).toBe(
      `${HOST}. “Victoria Holt: ‘Japan Has Contributed to the UN System Financially…’” Remarks, ${EVENT}, [April 20, 2015?]. ${reported.url}.`,
    );
    expect(html).toBe(text);
    expect(text).not.toMatch(dangling);
  });

  it('APA: the host as group author (APA 7th §9.11), the uncertain date with “ca.”; no period after the ellipsis', () => {
    const { text, html } = formatCitation(reported, 'apa');
    expect(text).toBe(
      `${HOST}. (ca. 2015, April 20). Victoria Holt: “Japan has contributed to the UN system financially…” [Remarks]. ${EVENT}. ${reported.url}`,
    );
    expect(html).toBe(
      `${HOST}. (ca. 2015, April 20). <i>Victoria Holt: “Japan has contributed to the UN system financially…”</i> [Remarks]. ${EVENT}. ${reported.url}`,
    );
  });

  it('a cut title never ends in an ellipsis and a full stop, whichever style and wherever the title stands', () => {
    const noHost = { ...reported, host: '', speakers: [] };
    for (const source of [reported, noHost]) {
      for (const style of ['chicago', 'apa'] as const) {
        const { text, html } = formatCitation(source, style);
        expect(text).not.toMatch(/…[”’"']*\./);
        expect(html).not.toMatch(/…(?:[”’"']|<\/i>)*\./);
      }
    }
    // With neither author nor host, APA moves the title to the author position (APA 7th §9.12).
    expect(
      formatCitation(noHost, 'apa').text.startsWith(
        'Victoria Holt: “Japan has contributed to the UN system financially…” (ca. 2015, April 20).',
      ),
    ).toBe(true);
  });

  it('a title’s own four-dot ellipsis inside the title is left alone', () => {
    const title = 'Holt said it was enough…. Then she went on';
    expect(formatCitation({ ...reported, title }, 'apa').text).toContain(`${title} [Remarks]`);
  });

  it('BibTeX: the host as one corporate author, the speaker and the inferred year in the note (the fields BibTeX defines)', () => {
    const bib = toBibtex(reported);
    expect(parseBibtex(bib)).toEqual([
      {
        type: 'misc',
        key: 'holt-partnerships-with-allies',
        fields: {
          author: `{${HOST}}`,
          title: '{Victoria Holt: “Japan has contributed to the UN system financially…”}',
          howpublished: `Remarks, ${EVENT}`,
          year: '2015',
          month: 'apr',
          note: 'Speaker: Victoria Holt. Year inferred',
          url: reported.url,
        },
      },
    ]);
    // A reference manager's BibTeX reader (citation-js) imports one name, not split into given and family.
    const [item] = new Cite(bib, { forceType: '@bibtex/text' }).data as Array<{ author: Array<Record<string, string>> }>;
    expect(item!.author).toHaveLength(1);
    expect(item!.author[0]).not.toHaveProperty('given');
    expect(Object.values(item!.author[0]!)).toEqual([HOST]);
  });

  it('CSL-JSON: the host as a literal author, the speaker as contributor, the date marked circa', () => {
    expect(JSON.parse(toCslJson(reported))).toEqual([
      {
        id: 'holt-partnerships-with-allies',
        'citation-key': 'holt-partnerships-with-allies',
        type: 'speech',
        title: reported.title,
        author: [{ literal: HOST }],
        contributor: [{ family: 'Holt', given: 'Victoria' }],
        genre: 'Remarks',
        'event-title': EVENT,
        event: EVENT,
        'event-date': { 'date-parts': [[2015, 4, 20]], circa: true },
        issued: { 'date-parts': [[2015, 4, 20]], circa: true },
        publisher: HOST,
        URL: reported.url,
      },
    ]);
  });

  it('names every speaker of a joint remark, and a speaker whose name is not split as a literal', () => {
    const joint = { ...reported, speakers: [{ given: 'Toshiya', family: 'Hoshino' }, { literal: 'Ban Ki-moon' }] };
    expect(toCslItem(joint).contributor).toEqual([{ family: 'Hoshino', given: 'Toshiya' }, { literal: 'Ban Ki-moon' }]);
    expect(parseBibtex(toBibtex(joint))[0]!.fields.note).toBe('Speakers: Toshiya Hoshino and Ban Ki-moon. Year inferred');
  });

  it('an unnamed participant: the host still stands as author, and nobody is invented as speaker', () => {
    const audience = { ...reported, title: 'Question on the Cambodia mission', speakers: [], yearInferred: false };
    expect(formatCitation(audience, 'chicago').text).toBe(
      `${HOST}. “Question on the Cambodia Mission.” Remarks, ${EVENT}, April 20, 2015. ${reported.url}.`,
    );
    const item = toCslItem(audience);
    expect(item).not.toHaveProperty('contributor');
    expect(item.issued).toEqual({ 'date-parts': [[2015, 4, 20]] });
    expect(parseBibtex(toBibtex(audience))[0]!.fields).not.toHaveProperty('note');
  });
});

describe('a remark with neither author nor host', () => {
  const anonymous: CitationSource = {
    ...holtRemark,
    title: 'Question on the Cambodia mission',
    authors: [],
    host: '',
    id: 'audience-member-cambodia',
  };
  const dangling = /^[\s,.;:]|,\s*[,.]|\.\s*\.|\(\s*\)|\s,|Anonymous|n\.d\./;

  it('Chicago starts with the title, with no dangling punctuation and no “Anonymous”', () => {
    const { text, html } = formatCitation(anonymous, 'chicago');
    expect(text).toBe(`“Question on the Cambodia Mission.” Remarks, ${EVENT}, April 20, 2015. ${holtRemark.url}.`);
    expect(text).not.toMatch(dangling);
    expect(html).not.toMatch(dangling);
  });

  it('APA moves the title to the author position (APA 7th §9.12), with no dangling punctuation and no “Anonymous”', () => {
    const { text, html } = formatCitation(anonymous, 'apa');
    expect(text.startsWith('Question on the Cambodia mission. (2015, April 20).')).toBe(true);
    expect(html.startsWith('<i>Question on the Cambodia mission</i>. (2015, April 20).')).toBe(true);
    expect(text).toContain('[Remarks]');
    expect(text).not.toMatch(dangling);
  });

  it('BibTeX and CSL-JSON carry no author at all', () => {
    const entry = parseBibtex(toBibtex(anonymous))[0]!;
    expect(Object.keys(entry.fields)).not.toContain('author');
    const item = JSON.parse(toCslJson(anonymous))[0] as Record<string, unknown>;
    expect(item).not.toHaveProperty('author');
  });
});

describe('a whole page of the site', () => {
  it('Chicago: the host stands as author, then “Page title.” Site, date. URL. (CMOS 14.206–14.207)', () => {
    expect(formatCitation(speakerPage, 'chicago').text).toBe(`${HOST}. “Victoria Holt.” ${SITE}, April 20, 2015. ${speakerPage.url}.`);
  });

  it('APA: the host as group author, the page title in italics, then the site and URL', () => {
    const { text, html } = formatCitation(speakerPage, 'apa');
    expect(text.startsWith(`${HOST}. (2015, April 20). Victoria Holt. `)).toBe(true);
    expect(html.startsWith(`${HOST}. (2015, April 20). <i>Victoria Holt</i>. `)).toBe(true);
    expect(text.toLowerCase()).toContain(`${SITE.toLowerCase()}. ${speakerPage.url}`);
  });

  it('BibTeX and CSL-JSON describe a web page of the site, the host as its corporate author', () => {
    expect(parseBibtex(toBibtex(speakerPage))).toEqual([
      {
        type: 'misc',
        key: 'speakers-holt',
        fields: {
          author: `{${HOST}}`,
          title: '{Victoria Holt}',
          howpublished: `${SITE}, ${HOST}`,
          year: '2015',
          month: 'apr',
          url: speakerPage.url,
        },
      },
    ]);
    expect(JSON.parse(toCslJson(speakerPage))).toEqual([
      {
        id: 'speakers-holt',
        'citation-key': 'speakers-holt',
        type: 'webpage',
        title: 'Victoria Holt',
        author: [{ literal: HOST }],
        'container-title': SITE,
        publisher: HOST,
        issued: { 'date-parts': [[2015, 4, 20]] },
        URL: speakerPage.url,
      },
    ]);
  });
});

describe('hostile text', () => {
  const hostile: CitationSource = {
    ...holtRemark,
    title: '<script>alert(1)</script> {braces} & <i>not markup</i> 50% $x$ #1 a_b ^ ~ \\cmd',
    eventTitle: 'Event <b>bold</b> & <img src=x onerror=alert(1)>',
    host: 'Host & "Co" <span class="nocase">',
    id: 'hostile-remark',
  };

  it.each(['chicago', 'apa'] as const)('%s HTML escapes every tag from the input and keeps only the formatter’s own', (style) => {
    const { html, text } = formatCitation(hostile, style);
    expect(withoutAllowedTags(html)).not.toMatch(/[<>]/);
    expect(html).not.toMatch(/<script|<img|<b>|<span class/i);
    expect(html).toContain('&#60;script&#62;alert(1)');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('{braces} &#38; ');
    expect(html).not.toMatch(/&(?!#\d+;|[a-z]+;)/); // every & starts an entity
    // The text keeps the characters (not escaped, not read as markup).
    expect(text).toContain('alert(1)</');
    expect(text).toMatch(/<i>not markup<\/i>/i);
    expect(text).toContain('Event <b>bold</b> & <img src=x onerror=alert(1)>');
  });

  it('BibTeX escapes LaTeX specials, keeps braces balanced, and reads back to the same title', () => {
    const bib = toBibtex(hostile);
    const entries = parseBibtex(bib);
    expect(entries).toHaveLength(1);
    const title = entries[0]!.fields.title!;
    expect(title).toBe(
      '{\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\textbraceleft{}braces\\textbraceright{} \\& \\textless{}i\\textgreater{}not markup\\textless{}/i\\textgreater{} 50\\% \\$x\\$ \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}cmd}',
    );
    expect(entries[0]!.fields.howpublished).toContain('Host \\& "Co" \\textless{}span class="nocase"\\textgreater{}');
    const [item] = new Cite(bib, { forceType: '@bibtex/text' }).data as Array<Record<string, unknown>>;
    expect(item!.title).toBe(hostile.title);
  });

  it('CSL-JSON stays valid JSON with the text unchanged', () => {
    const [item] = JSON.parse(toCslJson(hostile)) as Array<Record<string, unknown>>;
    expect(item!.title).toBe(hostile.title);
    expect(item!.publisher).toBe(hostile.host);
  });

  it('a name containing "and" or a comma stays one BibTeX name', () => {
    const bib = toBibtex({
      ...holtRemark,
      authors: [
        { given: 'Ann', family: 'Smith and Jones' },
        { given: 'Jr., Sam', family: 'Lee' },
      ],
    });
    const [item] = new Cite(bib, { forceType: '@bibtex/text' }).data as Array<{ author: unknown[] }>;
    expect(item!.author).toHaveLength(2);
  });
});

describe('the CSL engine', () => {
  it('gives the same result whatever was formatted before (the CSL engine is cached per style)', () => {
    const first = formatCitation(holtRemark, 'chicago');
    formatCitation(audienceRemark, 'apa');
    formatCitation(speakerPage, 'chicago');
    expect(formatCitation(holtRemark, 'chicago')).toEqual(first);
  });
});
