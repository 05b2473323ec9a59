/**
 * Where a sentence's grammatical subject can start. English puts the subject first, or after an
 * introductory clause set off by a comma ("To a question on X, Holt remarked…", "As the order is in
 * flux, Hoshino stressed…", "Particularly, …"); an introductory clause starts with a preposition,
 * subordinator or sentence adverb (Quirk et al., *A Comprehensive Grammar of the English Language*,
 * §8.13–8.21 on adverbials in initial position).
 */

/** Words that open an introductory clause or adverbial. */
const INTRO_WORDS = new Set(
  `to on in as at after before during while when whenever once since because though although despite given if unless
  regarding concerning about for with without like unlike according responding replying answering turning speaking
  addressing returning asked following beyond besides further furthermore moreover meanwhile therefore thus hence
  however nevertheless nonetheless still yet finally lastly first second third next then later also similarly
  likewise instead indeed overall ultimately again today now here there separately additionally`.split(/\s+/),
);

/** Reporting and event verbs after a subject: "Holt said", "Lane then noted", "Moss opened". */
export const REPORTING_VERB = String.raw`(?:said|says|noted|stated|added|explained|argued|stressed|emphasi[sz]ed|remarked|observed|suggested|highlighted|described|discussed|answered|responded|replied|asked|cautioned|continued|concluded|offered|shared|spoke|opined|clarified|expressed|agreed|disagreed|warned|urged|pointed|presented|opened|closed|began|recalled|mentioned|believed|proposed|recommended|welcomed|questioned|countered|acknowledged|insisted|maintained|contended|outlined|reviewed|reflected|echoed|underscored|underlined|commented|wondered|summari[sz]ed|called|gave|delivered|introduced|thanked|told|reported|showed|turned|focused|focussed|identified|praised|criticized|criticised|challenged|asserted|reminded|cited|compared|predicted|raised|moderated|chaired|thought|felt|worried|feared|hoped|doubted|favou?red|preferred|objected|conceded|lamented|debated|estimated|claimed|denied|admitted|confirmed|announced|declared|went on|followed up|pushed back|pressed)`;

/**
 * Offsets in `sentence` where its subject may start: 0, then after each introductory clause
 * (up to three, as in "Particularly, on water, Lane said…"). A clause holding ":", ";" or
 * " that " is reported content, not an introduction, so the search stops there.
 * @example clauseStarts('To a question on bridges, Holt remarked that…') // [0, 26]
 * @example clauseStarts('Holt said that, in her view, …') // [0]
 */
export function clauseStarts(sentence: string): number[] {
  const starts = [0];
  let pos = 0;
  for (let i = 0; i < 3; i++) {
    const comma = sentence.indexOf(',', pos);
    if (comma < 0) break;
    const clause = sentence.slice(pos, comma);
    const words = clause.trim().split(/\s+/);
    const first = (words[0] ?? '').toLowerCase().replace(/^[“"‘'(]+/, '');
    // "Particularly," / "Most recently," / "More broadly,": a short adverbial ending in -ly.
    const adverb = words.length <= 3 && words.some((w) => /ly$/i.test(w));
    if (!(INTRO_WORDS.has(first) || adverb || /ing$/.test(first))) break;
    if (/[:;]| that /.test(clause)) break;
    pos = comma + 1;
    while (sentence[pos] === ' ') pos++;
    starts.push(pos);
  }
  return starts;
}

/** A pronoun subject at `pos`: he, she or they (the current speaker goes on). */
export const pronounAt = (sentence: string, pos: number) => /^(?:he|she|they)\b/i.test(sentence.slice(pos));

/** What may follow the holder of a view named after "according to": the end of its phrase. */
const HOLDER_END = String.raw`(?=[,.;]|\s+(?:if|when|as|because|although|though|unless)\b)`;
/** Nouns for what someone holds or says ("Lane’s view was…", "In Lane’s words, …"). */
const VIEW_NOUN =
  '(?:view|opinion|words|assessment|estimate|judgement|judgment|account|argument|point|position|response|answer|conclusion|message|contention|recommendation|proposal|concern)';

/**
 * Where the holder of a view starts, and what must follow their name: `plain` the end of the phrase,
 * `possessive` "’s", `as-clause` a reporting verb or "put it".
 */
export interface Holder {
  at: number;
  form: 'plain' | 'possessive' | 'as-clause';
}

/**
 * Offsets in `sentence` where the holder of the view it reports starts, when the sentence credits
 * its view to someone instead of giving them as subject: "According to Lane, …", "…, according to
 * Lane, …" or "…, according to Lane." anywhere, "In Lane’s view, …" (also opinion, words,
 * assessment, estimate, account), "In the view of Lane, …", "For Lane, …", "As Lane put it, …",
 * "Lane’s main point was that …".
 * @example holderStarts('Costs rise, according to Lane, if nothing changes.') // [{ at: 25, form: 'plain' }]
 */
export function holderStarts(sentence: string): Holder[] {
  const out: Holder[] = [];
  const lead = /^(?:According to|For|In the (?:view|opinion|words|assessment|estimate|judgement|judgment) of)\s+/.exec(sentence);
  if (lead) out.push({ at: lead[0].length, form: 'plain' });
  if (
    new RegExp(`^In\\s+(?!(?:his|her|their|its|the|this|that|a|an|my|our)\\b)[^,]+?[’']s?\\s+(?:own\\s+)?${VIEW_NOUN},`, 'u').test(sentence)
  )
    out.push({ at: 3, form: 'possessive' });
  if (new RegExp(`^As\\s+[^,]+?\\s+(?:put it|${REPORTING_VERB}),`, 'u').test(sentence)) out.push({ at: 3, form: 'as-clause' });
  if (new RegExp(`^[^,]+?[’']s?\\s+(?:\\p{Ll}+\\s+)?${VIEW_NOUN}\\s+(?:was|is|had been)\\b`, 'u').test(sentence))
    out.push({ at: 0, form: 'possessive' });
  for (const m of sentence.matchAll(new RegExp(`,\\s+according to\\s+(?=[^,.;]+${HOLDER_END})`, 'g')))
    out.push({ at: m.index! + m[0].length, form: 'plain' });
  return out;
}

/** "In his view, …", "In her words, …": the current speaker's view goes on, as with a pronoun subject. */
export const pronounHolder = (sentence: string) =>
  /^In\s+(?:his|her|their)\s+(?:own\s+)?(?:view|opinion|words|assessment|estimate|judgement|judgment|account),/i.test(sentence);

/**
 * Offsets in `sentence`, after `from`, where a further speech clause's subject may start: after a
 * clause break (a comma or semicolon, a closing quotation mark, "and", "while", "but", "whereas")
 * that the caller then checks for a person and a reporting verb ("Lane said…, and Moss added…",
 * "…; Moss countered…", "…, while Moss argued…").
 * @example coordinateStarts('Lane said no, and Moss added yes.', 0) // [18]
 */
export function coordinateStarts(sentence: string, from: number): number[] {
  const re = /(?:[,;:]["”’]?|["”’][,;])\s+(?:(?:and|while|but|whereas)\s+)?|\s+(?:and|while|whereas)\s+/g;
  re.lastIndex = from;
  return [...sentence.matchAll(re)].filter((m) => m.index! >= from).map((m) => m.index! + m[0].length);
}
