/**
 * The A–Z index of entities: the people, organisations, programmes, places and groups the
 * summary names, each linked to the remarks that mention it. Entities are declared by hand in
 * `content/entities.json`; which remarks mention them is computed here from the remarks' text,
 * so the index cannot drift from what the remarks say.
 *
 * Which names count as entities is the content's editorial choice (see README, "Authoring
 * content"); this module only checks the declarations and finds the mentions.
 */
import { jsonLine, type ContentProblem } from './content-error';
import { entitySchema, issueMessage, type EntityData } from './content-model';

export { ENTITY_KINDS, type EntityKind } from './content-model';

/** One entry of `content/entities.json`, as its schema (src/lib/content-model.ts `entitySchema`) reads it. */
export type Entity = EntityData;

/** An index entry: the entity and the ids of the remarks that mention it, in the order given. */
export interface EntityEntry {
  entity: Entity;
  remarkIds: string[];
}

/** A problem with `content/entities.json`; a `ContentProblem`, plus the entity's id when known. */
export interface EntityProblem extends ContentProblem {
  entity?: string | undefined;
}

/**
 * Reads `content/entities.json`: JSON, a list, each entry checked by `validateEntities`.
 * @param text the file's text
 * @param file path reported in problems (e.g. `content/entities.json`)
 */
export function parseEntities(text: string, file: string): { entities: Entity[]; problems: EntityProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { entities: [], problems: [{ file, field: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(raw))
    return {
      entities: [],
      problems: [
        { file, line: 1, field: '(file)', message: 'must be a JSON list: [ { "id": …, "name": …, "kind": …, "aliases": [ … ] }, … ]' },
      ],
    };
  return validateEntities(raw, file, text);
}

/**
 * Checks the parsed entries of `content/entities.json` against `entitySchema`, then across entries.
 * @param entities the parsed JSON array
 * @param file path reported in problems (e.g. `content/entities.json`)
 * @param text the file's text, when known, so each problem names its line
 * @returns the well-formed entities (the first of any duplicate id), and one problem per fault,
 *   naming the field: the schema's (unknown keys, with the key probably meant; missing or empty
 *   fields; a kind outside `ENTITY_KINDS`; a malformed id; no aliases; a blank, untrimmed or
 *   repeated alias), a duplicate id, and an alias that two entities share (a mention must count
 *   for one entity only)
 */
export function validateEntities(entities: unknown[], file: string, text?: string): { entities: Entity[]; problems: EntityProblem[] } {
  const problems: EntityProblem[] = [];
  const valid: Entity[] = [];
  const seenIds = new Set<string>();
  const aliasOwner = new Map<string, string>();
  const lineOf = (path: Array<string | number>) =>
    text === undefined ? undefined : (jsonLine(text, path) ?? jsonLine(text, path.slice(0, 1)));

  entities.forEach((raw, i) => {
    const id = typeof (raw as { id?: unknown | undefined } | null)?.id === 'string' ? (raw as { id: string }).id : undefined;
    const where = id ? `entity ${i + 1} ("${id}")` : `entity ${i + 1}`;
    const problem = (field: string, path: Array<string | number>, message: string) =>
      problems.push({ file, line: lineOf([i, ...path]), field, message: `${where}: ${message}`, ...(id ? { entity: id } : {}) });

    const parsed = entitySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (issue.code === 'unrecognized_keys') for (const key of issue.keys) problem(key, [key], issue.message);
        else if (field === undefined) problem('(entry)', [], 'is not an object with id, name, kind and aliases');
        else problem(String(field), issue.path, issueMessage(issue, raw));
      }
      return;
    }
    const entity = parsed.data;
    if (seenIds.has(entity.id)) problem('id', ['id'], `duplicate entity id "${entity.id}"`);
    seenIds.add(entity.id);
    let shared = false;
    for (const alias of entity.aliases) {
      const owner = aliasOwner.get(alias);
      if (owner !== undefined && owner !== entity.id) {
        problem('aliases', ['aliases'], `alias "${alias}" is also an alias of "${owner}"; a mention must count for one entity only`);
        shared = true;
      } else aliasOwner.set(alias, entity.id);
    }
    if (!shared && valid.every((e) => e.id !== entity.id)) valid.push(entity);
  });
  return { entities: valid, problems };
}

/** Escapes regular-expression syntax (the `u` flag rejects needless escapes such as `\-`). */
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * A whole-word, case-sensitive pattern for an alias. "Whole word": not touching a letter, digit
 * or underscore on either side, so "Ada" is not found in "Adam" and "UN" not in "UNESCO", while
 * "Lane’s", "Lane-Moss" and "(UN)" still count. Case-sensitive because names are capitalised and
 * the common words spelt like them are not: "US" / "us", "Mill" / "mill", "Bill" / "bill";
 * ignoring case would turn any "help us" into a mention of
 * the US. A space in an alias matches any run of whitespace.
 */
function aliasPattern(alias: string): RegExp {
  const body = alias.split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'gu');
}

const collator = new Intl.Collator('en');
const fileUnder = (e: Entity) => e.sortKey ?? e.name;

/**
 * Finds which remarks mention which entities.
 * @param entities validated entities (see `validateEntities`)
 * @param remarks remarks with their reading text (`IndexedRemark.text`), in event order
 * @returns one entry per entity, mentioned or not, sorted A–Z by `sortKey ?? name`
 *   (`Intl.Collator('en')`, then name and id so the order is total); each entry's remark ids
 *   keep the order of `remarks`, each id once
 *
 * Aliases are matched longest first and a matched stretch of text is not matched again, so
 * "Mayor Ada Lane" is one mention (not also "Lane"), and "Old Mill Bridge Trust" is not also a
 * shorter alias inside it such as "Old Mill".
 */
export function findMentions(entities: Entity[], remarks: Array<{ id: string; text: string }>): EntityEntry[] {
  const aliases = entities
    .flatMap((entity, index) =>
      entity.aliases.map((alias) => ({ alias, index, pattern: aliasPattern(alias), firstWord: alias.split(/\s+/)[0]! })),
    )
    .sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
  const mentions: string[][] = entities.map(() => []);

  for (const remark of remarks) {
    const claimed = new Uint8Array(remark.text.length);
    const found = new Set<number>();
    for (const { pattern, index, firstWord } of aliases) {
      // A plain substring test first: a match needs the alias's first word verbatim, and running
      // every alias's pattern over every remark is most of the time this takes at scale.
      if (!remark.text.includes(firstWord)) continue;
      for (const match of remark.text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (claimed.subarray(start, end).some((c) => c === 1)) continue;
        claimed.fill(1, start, end);
        found.add(index);
      }
    }
    for (const index of found) mentions[index]!.push(remark.id);
  }

  return entities
    .map((entity, index) => ({ entity, remarkIds: mentions[index]! }))
    .sort(
      (a, b) =>
        collator.compare(fileUnder(a.entity), fileUnder(b.entity)) ||
        collator.compare(a.entity.name, b.entity.name) ||
        (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
    );
}

/**
 * Entities that no remark mentions. The build should treat any as an error (see
 * `mentionProblems`): a declared entity with no remark is a misspelt alias or a stale entry.
 */
export function unmentioned(entries: EntityEntry[]): Entity[] {
  return entries.filter((e) => e.remarkIds.length === 0).map((e) => e.entity);
}

/**
 * `unmentioned` as content problems, for the build to throw in a `ContentError`.
 * @param file path of the entities file, e.g. `content/entities.json`
 */
export function mentionProblems(entries: EntityEntry[], file: string): EntityProblem[] {
  return unmentioned(entries).map((e) => ({
    file,
    field: 'aliases',
    entity: e.id,
    message: `entity "${e.id}" (${e.name}) is mentioned in no remark: none of its aliases (${e.aliases.map((a) => `"${a}"`).join(', ')}) occurs in any remark as a whole word with this capitalisation; fix the alias or remove the entity`,
  }));
}

/**
 * The letter an entry is filed under: the first letter of `sortKey ?? name`, upper-cased with
 * accents removed ("Éire" under E); "#" when it does not start with a letter.
 */
export function entryLetter(entity: Entity): string {
  const first = fileUnder(entity).normalize('NFD').replace(/\p{M}/gu, '').charAt(0).toLocaleUpperCase('en');
  return /\p{L}/u.test(first) ? first : '#';
}

/**
 * Groups entries under their letters for the A–Z page.
 * @param entries entries as `findMentions` returns them (already sorted)
 * @returns one group per letter in order of first appearance, entries keeping their order
 */
export function groupByLetter(entries: EntityEntry[]): Array<{ letter: string; entries: EntityEntry[] }> {
  const groups = new Map<string, EntityEntry[]>();
  for (const entry of entries) {
    const letter = entryLetter(entry.entity);
    const group = groups.get(letter);
    if (group) group.push(entry);
    else groups.set(letter, [entry]);
  }
  return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}
