/**
 * Cross-reference checks that schemas cannot make: Astro 5's `reference()` does not check
 * that an id exists (https://docs.astro.build/en/guides/content-collections/#defining-collection-references),
 * and MDX attributes are not covered by frontmatter schemas at all.
 */
import type { ContentProblem } from './content-error';
import type { ContentInput } from './event-model';
import { isValidId } from './ids';
import { ID_RULE } from './content-model';
import { roleTable } from './event-model';

const list = (ids: Iterable<string>) => [...ids].join(', ') || '(none)';

/**
 * Checks every id reference in the event's content.
 * @returns one problem per fault, naming the file, line and field; empty when the content is sound
 */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { event, speakers, participants, sessions, topics, remarks, narrations, exchanges } = input;
  const roles = roleTable(event.roles);
  const speakerIds = new Set(speakers.map((s) => s.id));
  const participantIds = new Set(participants.map((p) => p.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const fileKind = new Map<string, { kind: 'event' | 'speakers' | 'sessions' | 'topics'; id: string }>([
    [event.file, { kind: 'event', id: '' }],
    ...speakers.map((s) => [s.file, { kind: 'speakers' as const, id: s.id }] as const),
    ...sessions.map((s) => [s.file, { kind: 'sessions' as const, id: s.id }] as const),
    ...topics.map((t) => [t.file, { kind: 'topics' as const, id: t.id }] as const),
  ]);

  // Ids, unique per kind, and anchors unique across the whole site (a remark id is a page anchor).
  const check = (kind: string, items: { id: string; file: string; line?: number | undefined }[], seen: Map<string, string>) => {
    for (const item of items) {
      if (!item.id) continue;
      if (!isValidId(item.id)) {
        problems.push({ file: item.file, line: item.line, field: 'id', message: `${kind} id "${item.id}" is not ${ID_RULE}` });
      }
      const where = seen.get(item.id);
      if (where) {
        problems.push({
          file: item.file,
          line: item.line,
          field: 'id',
          message: `duplicate ${kind} id "${item.id}" (already used at ${where})`,
        });
      } else {
        seen.set(item.id, item.line ? `${item.file}:${item.line}` : item.file);
      }
    }
  };
  const people = new Map<string, string>();
  check('speaker', speakers, people);
  check('participant', participants, people);
  const anchors = new Map<string, string>();
  check('remark', remarks, anchors);
  check(
    'narration',
    narrations.filter((n) => fileKind.get(n.file)?.kind !== 'event'),
    anchors,
  );
  check('exchange', exchanges, anchors);
  check('topic', topics, new Map());
  check('session', sessions, new Map());
  const corrections = [...remarks, ...narrations].flatMap((r) => r.segments.flatMap((s) => ('correction' in s ? [s.correction] : [])));
  check('correction', corrections, new Map());

  // Roles: every person's role is built in or declared by the event.
  const knownRoles = list(roles.keys());
  for (const p of [...speakers, ...participants]) {
    if (!roles.has(p.role))
      problems.push({
        file: p.file,
        field: 'role',
        message: `"${p.id}" has unknown role "${p.role}" (known: ${knownRoles}); declare it in event.mdx under roles`,
      });
  }
  if (event.yearInferred && (!event.date || !event.dateNote)) {
    problems.push({
      file: event.file,
      field: 'yearInferred',
      message: 'an inferred year needs `date` (the full date) and `dateNote` (how the year was inferred)',
    });
  }

  // The event's ordering lists name existing items, each once; every item that needs a place has one.
  const listCheck = (
    field: 'panel' | 'sessions' | 'programme',
    ids: string[],
    known: Set<string>,
    required: Set<string>,
    kind: string,
    why: string,
  ) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!known.has(id)) problems.push({ file: event.file, field, message: `unknown ${kind} id "${id}" (known: ${list(known)})` });
      if (seen.has(id)) problems.push({ file: event.file, field, message: `${kind} "${id}" is listed twice` });
      seen.add(id);
    }
    for (const id of required) {
      if (!seen.has(id)) problems.push({ file: event.file, field, message: `${kind} "${id}" is missing from ${field}, ${why}` });
    }
  };
  const presenters = new Set(speakers.filter((s) => s.hasPresentation).map((s) => s.id));
  listCheck('panel', event.panel, speakerIds, presenters, 'speaker', 'so their presentation has no place in the event order');
  const sessionIds = new Set(sessions.map((s) => s.id));
  if (sessions.length > 1 || event.sessions.length)
    listCheck('sessions', event.sessions, sessionIds, sessionIds, 'session', 'so it has no place in the event order');
  const topicExchanges = new Set(exchanges.filter((x) => fileKind.get(x.file)?.kind === 'topics').map((x) => x.id));
  listCheck(
    'programme',
    event.programme,
    topicExchanges,
    topicExchanges,
    'exchange',
    'so it has no place in the event order (exchanges in topic files are ordered by programme)',
  );

  for (const s of sessions) {
    for (const p of s.people) {
      const id = typeof p === 'string' ? p : p.id;
      if (!speakerIds.has(id))
        problems.push({
          file: s.file,
          field: 'people',
          message: `session "${s.id}" names unknown person "${id}" (known: ${list(speakerIds)})`,
        });
      if (typeof p !== 'string' && !roles.has(p.role))
        problems.push({
          file: s.file,
          field: 'people',
          message: `session "${s.id}" gives "${id}" unknown role "${p.role}" (known: ${knownRoles})`,
        });
    }
  }

  for (const r of remarks) {
    const at = { file: r.file, line: r.line };
    const home = fileKind.get(r.file);
    if (r.speakers.length === 0 && !r.participant) {
      problems.push({
        ...at,
        field: 'speaker',
        message: `remark "${r.id}" credits no one: give speaker="…" (a person in speakers/; several ids for a joint remark) or participant="…"; the summary's own words go in <Narration>`,
      });
    }
    const seen = new Set<string>();
    for (const id of r.speakers) {
      if (seen.has(id)) problems.push({ ...at, field: 'speaker', message: `remark "${r.id}" names "${id}" twice` });
      seen.add(id);
      if (!speakerIds.has(id)) {
        const hint = participantIds.has(id) ? ` ("${id}" is a participant: use participant="${id}")` : '';
        problems.push({
          ...at,
          field: 'speaker',
          message: `remark "${r.id}" names unknown speaker "${id}" (known: ${list(speakerIds)})${hint}`,
        });
      }
    }
    if (r.participant !== undefined && !participantIds.has(r.participant)) {
      const hint = speakerIds.has(r.participant) ? ` ("${r.participant}" is a named person: use speaker="${r.participant}")` : '';
      problems.push({
        ...at,
        field: 'participant',
        message: `remark "${r.id}" names unknown participant "${r.participant}" (known: ${list(participantIds)})${hint}`,
      });
    }
    for (const t of r.topics) {
      if (!topicIds.has(t))
        problems.push({ ...at, field: 'topics', message: `remark "${r.id}" names unknown topic "${t}" (known: ${list(topicIds)})` });
    }
    if (home?.kind === 'speakers') {
      if ((r.speakers.length || r.participant) && !r.speakers.includes(home.id)) {
        problems.push({
          ...at,
          field: r.participant ? 'participant' : 'speaker',
          message: `remark "${r.id}" is in ${home.id}'s presentation but does not credit "${home.id}"; move it to where it was said`,
        });
      }
    } else if (home?.kind === 'topics') {
      if (!r.exchange)
        problems.push({ ...at, field: 'exchange', message: `remark "${r.id}" is on a topic page but outside any <Exchange>` });
      if (!r.topics.includes(home.id))
        problems.push({
          ...at,
          field: 'topics',
          message: `remark "${r.id}" lives on topic "${home.id}" but its topics (${list(r.topics)}) do not include it`,
        });
    } else if (home?.kind === 'event') {
      problems.push({
        ...at,
        field: 'id',
        message: `remark "${r.id}" is in the event file, whose body holds only the summary's opening (narration); put remarks in a session or speaker file`,
      });
    } else if (!home) {
      problems.push({ ...at, field: 'id', message: `remark "${r.id}" is in a file that is neither a speaker, session nor topic page` });
    }
  }
  for (const x of exchanges) {
    const kind = fileKind.get(x.file)?.kind;
    if (kind !== 'topics' && kind !== 'sessions')
      problems.push({
        file: x.file,
        line: x.line,
        field: 'id',
        message: `exchange "${x.id}" is not on a topic or session page; Q&A exchanges belong there`,
      });
  }
  for (const n of narrations) {
    if (fileKind.get(n.file)?.kind === 'event' && !new RegExp(`^${OPENING_ID}(-\\d+)?$`).test(n.id))
      problems.push({
        file: n.file,
        line: n.line,
        field: 'id',
        message: "the event file's body is the opening as plain paragraphs; write it without <Narration>",
      });
  }
  for (const t of topics) {
    if (!remarks.some((r) => r.topics.includes(t.id)))
      problems.push({
        file: t.file,
        field: '(body)',
        message: `topic "${t.id}" has no remarks: tag remarks with topics="${t.id}", or delete the file`,
      });
  }
  return problems;
}

/** The anchor id of the event file's opening paragraphs (the summary's own words, on the home page). */
export const OPENING_ID = 'opening';
