// A synthetic event in the content format (see README "Authoring content"), deterministic from a
// seed: speakers with presentations, participants, topics with Q&A exchanges, remarks of 40–120
// words, the verbatim source they are split from, and entities they mention. Everything here is
// invented; it exists only to measure how the site scales (npm run bench).
//
//   node tests/bench/generate-event.mjs <dir> [remarks=1000] [seed=1]
//
// Sizes follow `sizeFor(remarks)`; about 40% of remarks are presentation remarks (spread evenly over
// the panel) and 60% are Q&A (a question by a participant or panelist, then one to four answers by
// panelists chosen with a Zipf-like skew, so a few panelists answer hundreds of times, as a chair
// or a prominent delegate would at a large event).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Speakers and topics for a number of remarks: 100 → 10/8, 1,000 → 60/40, 10,000 → 200/300. */
export function sizeFor(remarks) {
  if (remarks <= 150) return { speakers: 10, topics: 8 };
  if (remarks <= 2000) return { speakers: 60, topics: 40 };
  return { speakers: 200, topics: 300 };
}

const WORDS = (
  'the a of and to in on for with that this from by as at it its their our these those which while ' +
  'policy support process practice approach effort plan review report system capacity framework budget ' +
  'mandate mission training programme project region council member delegation committee partner ' +
  'community office agency network forum session meeting agreement principle priority challenge risk ' +
  'change growth trade water energy health school transport harbour bridge road river coast field ' +
  'market price cost fund grant loan debt tax rule law court border census data survey record archive ' +
  'year decade season month week period future past present history lesson experience evidence result ' +
  'local national regional common shared public private small large early late new old strong weak ' +
  'clear open careful steady slow rapid broad narrow modest ambitious practical useful difficult ' +
  'should would could might must will can may need want hope expect suggest argue note stress explain ' +
  'describe build keep improve share reduce expand protect fund train measure plan review consider ' +
  'more less many few most several every each other further better wider longer deeper closer ' +
  'people staff experts teachers engineers farmers officials volunteers residents families workers'
).split(/\s+/);
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'vin',
  'sa',
  'tor',
  'el',
  'dra',
  'qui',
  'ber',
  'na',
  'sol',
  'ti',
  'var',
  'on',
  'us',
  'mi',
  'ren',
  'ha',
  'zel',
  'po',
  'lan',
  'dor',
  'ix',
];
const FIRST = [
  'Ada',
  'Bram',
  'Cleo',
  'Dima',
  'Esko',
  'Fenna',
  'Goran',
  'Hale',
  'Ines',
  'Jory',
  'Kaia',
  'Lior',
  'Mara',
  'Nils',
  'Odile',
  'Pavo',
  'Quin',
  'Runa',
  'Sefa',
  'Teo',
  'Ulla',
  'Vero',
  'Wim',
  'Yara',
  'Zeno',
];
const ROLES = ['Delegate', 'Minister', 'Ambassador', 'Director', 'Professor', 'Rapporteur', 'Adviser', 'Mayor'];
const ENTITY_KINDS = [
  ['organisation', 'Institute'],
  ['organisation', 'Council'],
  ['programme', 'Programme'],
  ['programme', 'Accord'],
  ['place', 'Valley'],
  ['place', 'Islands'],
  ['group', 'League'],
  ['person', ''],
];

const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Wraps text at about `width` characters, at spaces (the source view joins lines with a space). */
const wrap = (text, width = 96) => text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trimEnd();
const quote = (s) => JSON.stringify(s);

/**
 * Writes a synthetic event to `dir` (replacing it).
 * @param {string} dir the content folder to write (EVENT_CONTENT_DIR)
 * @param {{ remarks?: number, speakers?: number, topics?: number, seed?: number }} options
 * @returns {{ speakers: number, participants: number, topics: number, exchanges: number, remarks: number, entities: number, topSpeakerRemarks: number }}
 */
export function generateEvent(dir, options = {}) {
  const total = options.remarks ?? 1000;
  const { speakers: nSpeakers, topics: nTopics } = { ...sizeFor(total), ...options };
  const random = prng(options.seed ?? 1);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const unique = (make, seen) => {
    for (let i = 0; ; i++) {
      const value = make(i);
      if (!seen.has(value)) {
        seen.add(value);
        return value;
      }
    }
  };
  const word = () => pick(WORDS);
  const properName = (syllables) => cap(Array.from({ length: syllables }, () => pick(SYLLABLES)).join(''));

  // People and topics.
  const names = new Set();
  const speakers = Array.from({ length: nSpeakers }, (_, i) => {
    const shortName = unique((n) => properName(n > 20 ? 4 : int(2, 3)), names);
    const first = pick(FIRST);
    return {
      id: `${slug(shortName)}`,
      name: `${first} ${shortName}`,
      shortName,
      honorific: i % 3 === 0 ? 'Dr.' : undefined,
      role: 'panelist',
      description: `${pick(ROLES)}, ${properName(2)} delegation`,
    };
  });
  const participants = Array.from({ length: Math.max(3, Math.round(nSpeakers / 4)) }, (_, i) =>
    i % 5 === 0
      ? { id: `commentator-${i + 1}`, role: 'commentator', asDescribed: 'The commentator' }
      : { id: `audience-member-${i + 1}`, role: 'audience-member', asDescribed: 'One audience member' },
  );
  const titles = new Set();
  const topicIds = new Set();
  const entityIds = new Set();
  const topics = Array.from({ length: nTopics }, () => {
    const title = unique((n) => `${cap(word())} ${pick(['and', 'in', 'for', 'after'])} ${word()}${n > 5 ? ` ${word()}` : ''}`, titles);
    return { title, id: unique((n) => (n ? `${slug(title)}-${n + 1}` : slug(title)), topicIds), exchanges: [] };
  });

  // Entities, each with one or two aliases, mentioned by the remarks below.
  const aliasesSeen = new Set([...names]);
  const entities = Array.from({ length: Math.max(5, Math.round(total / 50)) }, (_, i) => {
    const [kind, suffix] = ENTITY_KINDS[i % ENTITY_KINDS.length];
    const core = unique(() => properName(int(2, 3)), aliasesSeen);
    const name = suffix ? `${core} ${suffix}` : `${pick(FIRST)} ${core}`;
    aliasesSeen.add(name);
    return { id: unique((n) => (n ? `${slug(name)}-${n + 1}` : slug(name)), entityIds), name, kind, aliases: [name, core] };
  });

  // Text: sentences from the word list; every entity is mentioned at least once.
  let mentionCursor = 0;
  const sentence = (lo = 8, hi = 18, capital = true) => {
    const words = Array.from({ length: int(lo, hi) }, word);
    if (random() < 0.3 || mentionCursor < entities.length) {
      const entity = mentionCursor < entities.length ? entities[mentionCursor++] : pick(entities);
      words.splice(int(1, words.length - 1), 0, pick(entity.aliases));
    }
    if (words.length > 10 && random() < 0.4) words[int(3, words.length - 3)] += ',';
    if (capital) words[0] = cap(words[0]);
    return words.join(' ');
  };
  const remarkText = (opening, end = '.') => {
    const target = int(40, 120);
    const sentences = [`${opening} ${sentence(8, 18, false)}`];
    let count = sentences[0].split(' ').length;
    while (count < target) {
      const s = sentence(6, Math.min(18, Math.max(6, target - count)));
      sentences.push(s);
      count += s.split(' ').length;
    }
    return sentences.join('. ') + end;
  };

  // Remarks. Presentation remarks: ~40%, spread over the panel; Q&A: the rest, in exchanges.
  let remarkNo = 0;
  const remarkId = (who) => `${who}-r${++remarkNo}-${word()}`.replace(/-+$/, '');
  const topicsFor = (home) => {
    const list = home ? [home] : [pick(topics)];
    if (random() < 0.35) {
      const other = pick(topics);
      if (!list.includes(other)) list.push(other);
    }
    return list;
  };
  const presentationCount = Math.round(total * 0.4);
  for (const s of speakers) s.remarks = [];
  for (let i = 0; i < presentationCount; i++) {
    const s = speakers[i % speakers.length];
    s.remarks.push({ id: remarkId(s.id), speaker: s.id, topics: topicsFor(), text: remarkText(`${s.shortName} said that`) });
  }
  // Zipf-like weights for who answers (rank^-0.8).
  const weights = speakers.map((_, i) => 1 / (i + 1) ** 0.8);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const answerer = () => {
    let r = random() * weightSum;
    for (let i = 0; i < speakers.length; i++) if ((r -= weights[i]) <= 0) return speakers[i];
    return speakers[0];
  };
  const programme = [];
  let qaLeft = total - presentationCount;
  for (let x = 0; qaLeft > 0; x++) {
    const topic = x < topics.length ? topics[x] : pick(topics);
    const exchange = { id: `x${x + 1}-${word()}-${word()}`, heading: `On ${word()} and ${word()}`, remarks: [] };
    const asker = random() < 0.7 ? { participant: pick(participants) } : { speaker: pick(speakers) };
    const who = asker.participant ? asker.participant.asDescribed : asker.speaker.shortName;
    exchange.remarks.push({
      id: remarkId(asker.participant ? asker.participant.id : asker.speaker.id),
      ...(asker.participant ? { participant: asker.participant.id } : { speaker: asker.speaker.id }),
      topics: topicsFor(topic),
      text: remarkText(`${who} asked whether`, '?'),
    });
    qaLeft--;
    for (let a = int(1, 4); a > 0 && qaLeft > 0; a--, qaLeft--) {
      const s = answerer();
      exchange.remarks.push({
        id: remarkId(s.id),
        speaker: s.id,
        topics: topicsFor(topic),
        text: remarkText(`${s.shortName} answered that`),
      });
    }
    topic.exchanges.push(exchange);
    programme.push(exchange);
  }

  // Files.
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['speakers', 'topics', 'source']) mkdirSync(join(dir, sub), { recursive: true });
  const title = `A synthetic conference of ${nSpeakers} speakers`;
  const opening = `A generated event with ${nSpeakers} speakers, ${nTopics} topics and ${total} remarks, written for benchmarks.`;
  const remarkMdx = (r) =>
    `<Remark id="${r.id}" ${r.speaker ? `speaker="${r.speaker}"` : `participant="${r.participant}"`} topics="${r.topics.map((t) => t.id).join(' ')}">\n${r.text}\n</Remark>\n`;
  writeFileSync(
    join(dir, 'event.mdx'),
    [
      '---',
      '# Generated by tests/bench/generate-event.mjs: invented, for benchmarks only.',
      `title: ${quote(title)}`,
      `shortTitle: ${quote(`Synthetic conference (${total} remarks)`)}`,
      'date: 2001-01-01',
      'dateAsStated: "January 1"',
      'yearInferred: true',
      'dateNote: "Invented for the benchmark."',
      'hosts: ["A benchmark host"]',
      'documentTitle: "Summary"',
      `panel: [${speakers.map((s) => s.id).join(', ')}]`,
      `programme: [${programme.map((x) => x.id).join(', ')}]`,
      '---',
      '',
      opening,
      '',
    ].join('\n'),
  );
  for (const s of speakers) {
    const front = [
      '---',
      `name: ${quote(s.name)}`,
      ...(s.honorific ? [`honorific: ${quote(s.honorific)}`] : []),
      `shortName: ${quote(s.shortName)}`,
      `role: ${s.role}`,
      `description: ${quote(s.description)}`,
      '---',
      '',
    ];
    writeFileSync(join(dir, 'speakers', `${s.id}.mdx`), [...front, ...s.remarks.map(remarkMdx)].join('\n'));
  }
  for (const t of topics) {
    const body = t.exchanges.map(
      (x) => `<Exchange id="${x.id}" heading=${quote(x.heading)}>\n\n${x.remarks.map(remarkMdx).join('\n')}\n</Exchange>\n`,
    );
    writeFileSync(join(dir, 'topics', `${t.id}.mdx`), ['---', `title: ${quote(t.title)}`, '---', '', ...body].join('\n'));
  }
  writeFileSync(join(dir, 'participants.json'), `${JSON.stringify(participants, null, 2)}\n`);
  writeFileSync(join(dir, 'entities.json'), `${JSON.stringify(entities, null, 2)}\n`);

  // The source: heading, opening paragraph, then presentations (two or three remarks a paragraph)
  // and one paragraph per exchange, in event order.
  const paragraphs = ['SUMMARY', opening];
  for (const s of speakers) {
    for (let i = 0; i < s.remarks.length;) {
      const n = int(1, 3);
      paragraphs.push(
        s.remarks
          .slice(i, i + n)
          .map((r) => r.text)
          .join(' '),
      );
      i += n;
    }
  }
  for (const x of programme) paragraphs.push(x.remarks.map((r) => r.text).join(' '));
  writeFileSync(join(dir, 'source', 'event-summary.txt'), `${paragraphs.map((p) => wrap(p)).join('\n\n')}\n`);

  const answers = new Map();
  for (const x of programme) for (const r of x.remarks) if (r.speaker) answers.set(r.speaker, (answers.get(r.speaker) ?? 0) + 1);
  return {
    speakers: speakers.length,
    participants: participants.length,
    topics: topics.length,
    exchanges: programme.length,
    remarks: remarkNo,
    entities: entities.length,
    topSpeakerRemarks: Math.max(...speakers.map((s) => s.remarks.length + (answers.get(s.id) ?? 0))),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, remarks = '1000', seed = '1'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node tests/bench/generate-event.mjs <dir> [remarks=1000] [seed=1]');
    process.exit(2);
  }
  console.log(JSON.stringify(generateEvent(dir, { remarks: Number(remarks), seed: Number(seed) })));
}
