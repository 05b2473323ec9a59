/**
 * Cross-reference checks that schemas cannot make: Astro 5's `reference()` does not check
 * that an id exists (https://docs.astro.build/en/guides/content-collections/#defining-collection-references),
 * and MDX attributes are not covered by frontmatter schemas at all.
 */
import type { ContentProblem } from './content-error';
import type { ContentInput } from './event-model';
import { isValidId } from './ids';

const list = (ids: Iterable<string>) => [...ids].join(', ') || '(none)';

/**
 * Checks every id reference in the event's content.
 * @returns one problem per fault, naming the file, line and field; empty when the content is sound
 */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { event, speakers, participants, topics, remarks, exchanges } = input;
  const speakerIds = new Set(speakers.map((s) => s.id));
  const participantIds = new Set(participants.map((p) => p.id));
  const topicIds = new Set(topics.map((t) => t.id));
  const exchangeById = new Map(exchanges.map((x) => [x.id, x]));

  // Ids, unique per kind, and anchors unique across the whole site (a remark id is a page anchor).
  const check = (kind: string, items: { id: string; file: string; line?: number }[], seen: Map<string, string>) => {
    for (const item of items) {
      if (!item.id) continue;
      if (!isValidId(item.id)) {
        problems.push({ file: item.file, line: item.line, field: 'id', message: `${kind} id "${item.id}" is not lowercase words joined by hyphens (e.g. "lane-on-bridge-repairs")` });
      }
      const where = seen.get(item.id);
      if (where) {
        problems.push({ file: item.file, line: item.line, field: 'id', message: `duplicate ${kind} id "${item.id}" (already used at ${where})` });
      } else {
        seen.set(item.id, item.line ? `${item.file}:${item.line}` : item.file);
      }
    }
  };
  check('speaker', speakers, new Map());
  const people = new Map(speakers.map((s) => [s.id, s.file]));
  check('participant', participants, people);
  const anchors = new Map<string, string>();
  check('remark', remarks, anchors);
  check('exchange', exchanges, anchors);
  check('topic', topics, new Map());
  const corrections = remarks.flatMap((r) => r.segments.flatMap((s) => ('correction' in s ? [s.correction] : [])));
  check('correction', corrections, new Map());

  // The event: panel and programme name existing speakers and exchanges, each exactly once.
  const listCheck = (field: 'panel' | 'programme', ids: string[], known: Set<string>, kind: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (!known.has(id)) problems.push({ file: event.file, field, message: `unknown ${kind} id "${id}" (known: ${list(known)})` });
      if (seen.has(id)) problems.push({ file: event.file, field, message: `${kind} "${id}" is listed twice` });
      seen.add(id);
    }
    for (const id of known) {
      if (!seen.has(id)) problems.push({ file: event.file, field, message: `${kind} "${id}" is missing from ${field}, so it has no place in the event order` });
    }
  };
  listCheck('panel', event.panel, speakerIds, 'speaker');
  listCheck('programme', event.programme, new Set(exchangeById.keys()), 'exchange');

  for (const r of remarks) {
    const at = { file: r.file, line: r.line };
    const inSpeakerFile = speakers.find((s) => s.file === r.file);
    const inTopicFile = topics.find((t) => t.file === r.file);
    if (!r.speaker && !r.participant) {
      problems.push({ ...at, field: 'speaker', message: `remark "${r.id}" has no speaker: give speaker="…" (a panelist) or participant="…"` });
    } else if (r.speaker && r.participant) {
      problems.push({ ...at, field: 'speaker', message: `remark "${r.id}" names both speaker "${r.speaker}" and participant "${r.participant}"; a remark has one author` });
    } else if (r.speaker !== undefined && !speakerIds.has(r.speaker)) {
      const hint = participantIds.has(r.speaker) ? ` ("${r.speaker}" is a participant: use participant="${r.speaker}")` : '';
      problems.push({ ...at, field: 'speaker', message: `remark "${r.id}" names unknown speaker "${r.speaker}" (known: ${list(speakerIds)})${hint}` });
    } else if (r.participant !== undefined && !participantIds.has(r.participant)) {
      problems.push({ ...at, field: 'participant', message: `remark "${r.id}" names unknown participant "${r.participant}" (known: ${list(participantIds)})` });
    }
    if (r.topics.length === 0) {
      problems.push({ ...at, field: 'topics', message: `remark "${r.id}" has no topic: give topics="…" (space-separated topic ids)` });
    }
    for (const t of r.topics) {
      if (!topicIds.has(t)) problems.push({ ...at, field: 'topics', message: `remark "${r.id}" names unknown topic "${t}" (known: ${list(topicIds)})` });
    }
    if (inSpeakerFile) {
      if ((r.speaker ?? r.participant) !== undefined && r.speaker !== inSpeakerFile.id) {
        problems.push({ ...at, field: r.speaker ? 'speaker' : 'participant', message: `remark "${r.id}" is in ${inSpeakerFile.id}'s presentation but is attributed to "${r.speaker ?? r.participant}"; move it to where it was said` });
      }
      if (r.exchange) problems.push({ ...at, field: 'exchange', message: `remark "${r.id}" is inside an <Exchange> in a presentation; exchanges belong on topic pages` });
    } else if (inTopicFile) {
      if (!r.exchange) problems.push({ ...at, field: 'exchange', message: `remark "${r.id}" is on a topic page but outside any <Exchange>` });
      if (!r.topics.includes(inTopicFile.id)) problems.push({ ...at, field: 'topics', message: `remark "${r.id}" lives on topic "${inTopicFile.id}" but its topics (${list(r.topics)}) do not include it` });
    } else {
      problems.push({ ...at, field: 'id', message: `remark "${r.id}" is in a file that is neither a speaker nor a topic page` });
    }
  }
  for (const x of exchanges) {
    if (!topics.some((t) => t.file === x.file)) problems.push({ file: x.file, line: x.line, field: 'id', message: `exchange "${x.id}" is not on a topic page` });
  }
  for (const t of topics) {
    if (!exchanges.some((x) => x.file === t.file)) problems.push({ file: t.file, field: '(body)', message: `topic "${t.id}" has no <Exchange>; a topic page holds at least one exchange of the Q&A` });
  }
  return problems;
}
