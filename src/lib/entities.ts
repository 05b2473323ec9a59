/**
 * The A–Z index of entities: the people, organisations, programmes, places and groups the
 * summary names, each linked to the remarks that mention it. Entities are declared by hand in
 * `content/entities.json`; which remarks mention them is computed here from the remarks' text,
 * so the index cannot drift from what the remarks say.
 *
 * Which names count as entities is the content's editorial choice (see README, "Authoring
 * content"); this module only checks the declarations and finds the mentions.
 */
import type { ContentProblem } from './content-error';
import { isValidId } from './ids';

export const ENTITY_KINDS = ['person', 'organisation', 'programme', 'place', 'group'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** One entry of `content/entities.json`. */
export interface Entity {
  /** Stable id, used as the entry's anchor (`/a-z/#entity-ada-lane`). */
  id: string;
  /** Display name, in the summary's own words. */
  name: string;
  kind: EntityKind;
  /**
   * The literal phrases that count as a mention: matched whole-word and case-sensitively, the
   * longest alias first. Each alias belongs to one entity only.
   */
  aliases: string[];
  /** What the entry is filed under, when not its name ("Lane, Ada"). */
  sortKey?: string;
  /** How the summary names or describes it, quoting the summary. */
  note?: string;
}

/** An index entry: the entity and the ids of the remarks that mention it, in the order given. */
export interface EntityEntry {
  entity: Entity;
  remarkIds: string[];
}

/** A problem with `content/entities.json`; a `ContentProblem`, plus the entity's id when known. */
export interface EntityProblem extends ContentProblem {
  entity?: string;
}

const KEYS = ['id', 'name', 'kind', 'aliases', 'sortKey', 'note'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks the parsed contents of `content/entities.json`.
 * @param entities the parsed JSON array
 * @param file path reported in problems (e.g. `content/entities.json`)
 * @returns the well-formed entities (the first of any duplicate id), and one problem per fault,
 *   naming the field: unknown keys, missing or empty fields, a kind outside `ENTITY_KINDS`, an
 *   id that `isValidId` rejects, a duplicate id, no aliases, a blank or untrimmed alias, and an
 *   alias that two entities share (a mention must count for one entity only)
 */
export function validateEntities(entities: unknown[], file: string): { entities: Entity[]; problems: EntityProblem[] } {
  const problems: EntityProblem[] = [];
  const valid: Entity[] = [];
  const seenIds = new Set<string>();
  const aliasOwner = new Map<string, string>();

  entities.forEach((raw, i) => {
    const at = `entity ${i + 1}`;
    if (!isRecord(raw)) {
      problems.push({ file, field: '(entry)', message: `${at} is not an object with id, name, kind and aliases` });
      return;
    }
    const id = typeof raw.id === 'string' ? raw.id : undefined;
    const where = id ? `${at} ("${id}")` : at;
    const before = problems.length;
    const problem = (field: string, message: string) => problems.push({ file, field, message: `${where}: ${message}`, ...(id ? { entity: id } : {}) });

    for (const key of Object.keys(raw)) {
      if (!(KEYS as readonly string[]).includes(key)) problem(key, `unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
    }
    if (!isText(raw.id)) problem('id', 'is missing "id"');
    else if (!isValidId(raw.id)) problem('id', `id "${raw.id}" is not lowercase words joined by hyphens (e.g. "ada-lane")`);
    if (!isText(raw.name)) problem('name', 'is missing "name" (the display name, in the summary’s words)');
    if (!(ENTITY_KINDS as readonly unknown[]).includes(raw.kind)) problem('kind', `kind ${JSON.stringify(raw.kind)} is not one of ${ENTITY_KINDS.join(', ')}`);
    for (const key of ['sortKey', 'note'] as const) {
      if (raw[key] !== undefined && !isText(raw[key])) problem(key, `"${key}" must be a non-empty string when given`);
    }

    const aliases: string[] = [];
    if (!Array.isArray(raw.aliases) || raw.aliases.length === 0) {
      problem('aliases', 'has no aliases: list the phrases that count as a mention (e.g. ["Ada Lane", "Lane"])');
    } else {
      for (const alias of raw.aliases as unknown[]) {
        if (!isText(alias)) {
          problem('aliases', `alias ${JSON.stringify(alias)} is not a non-empty string`);
        } else if (alias !== alias.trim() || /\s{2}/.test(alias)) {
          // Remark text is whitespace-collapsed, so such an alias could never match as written.
          problem('aliases', `alias "${alias}" has leading, trailing or doubled whitespace`);
        } else if (aliases.includes(alias)) {
          problem('aliases', `alias "${alias}" is listed twice`);
        } else {
          aliases.push(alias);
        }
      }
    }

    if (id && isValidId(id)) {
      if (seenIds.has(id)) problem('id', `duplicate entity id "${id}"`);
      seenIds.add(id);
    }
    // Cross-entity checks only for entities with an id, so a message can name both.
    if (id) {
      for (const alias of aliases) {
        const owner = aliasOwner.get(alias);
        if (owner !== undefined && owner !== id) problem('aliases', `alias "${alias}" is also an alias of "${owner}"; a mention must count for one entity only`);
        else aliasOwner.set(alias, id);
      }
    }

    if (problems.length === before) {
      const entity: Entity = { id: raw.id as string, name: raw.name as string, kind: raw.kind as EntityKind, aliases };
      if (raw.sortKey !== undefined) entity.sortKey = raw.sortKey as string;
      if (raw.note !== undefined) entity.note = raw.note as string;
      valid.push(entity);
    }
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
    .flatMap((entity, index) => entity.aliases.map((alias) => ({ alias, index, pattern: aliasPattern(alias), firstWord: alias.split(/\s+/)[0]! })))
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
