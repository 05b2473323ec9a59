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
export const REPORTING_VERB = String.raw`(?:said|says|noted|stated|added|explained|argued|stressed|emphasi[sz]ed|remarked|observed|suggested|highlighted|described|discussed|answered|responded|replied|asked|cautioned|continued|concluded|offered|shared|spoke|opined|clarified|expressed|agreed|disagreed|warned|urged|pointed|presented|opened|closed|began|recalled|mentioned|believed|proposed|recommended|welcomed|questioned|countered|acknowledged|insisted|maintained|contended|outlined|reviewed|reflected|echoed|underscored|underlined|commented|wondered|summari[sz]ed|called|gave|delivered|introduced|thanked|told|reported|showed|turned|focused|focussed|identified|praised|criticized|criticised|challenged|asserted|reminded|cited|compared|predicted|raised|moderated|chaired)`;

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
