/**
 * Sentence patterns of English event summaries that say what a sentence does, whoever speaks: it
 * describes the event or a session ("The first panel focused on…", "On April 20, …"), reports an
 * event action ("Navarro closed the conference"), opens a session, or asks or frames a question
 * ("To a question on X, …", "One guest asked whether…"). Used by `attribution.ts`.
 */

import { ROLE_NOUN } from './roles';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const EVENT_NOUN = String.raw`(?:discussion|conversation|debate|panel|session|event|roundtable|conference|symposium|seminar|lecture|keynote|meeting|workshop|webinar|Q&A|question-and-answer session|floor)`;
/** What someone opens or closes besides a session ("closed the evening", "opened the proceedings"); too general to start a sentence about the event. */
const OCCASION = String.raw`(?:evening|proceedings|dinner|launch|forum|briefing|dialogue|hearing|day|morning|afternoon)`;
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|final|last|closing|opening|morning|afternoon|following|next)';

/**
 * Logistics: copies, recordings or meals made available ("Copies of the book were available for
 * purchase.", "A recording of the session is available online.", "A reception followed.").
 */
const LOGISTICS =
  /^(?:(?:A|An|The)\s+)?(?:\p{Ll}+\s+)?(?:copies|copy|recording|video|transcript|livestream|webcast|podcast|slides|audio|reception|dinner|lunch|breakfast|refreshments)\b[^.]*?\b(?:(?:is|was|are|were|will be|has been|have been)\s+(?:\p{Ll}+ly\s+)?(?:available|posted|published|served|provided|on sale)|followed)\b/iu;

/** An indefinite count of people in a role doing their part ("Two respondents then offered their reactions."): it introduces them and reports no words. */
const COUNT_ANNOUNCES = new RegExp(
  `^(?:Two|Three|Four|Five|Six|Several|\\d+)\\s+(?:\\p{Ll}+\\s+)?(?:${ROLE_NOUN}|experts)\\s+(?:then\\s+|also\\s+|briefly\\s+)?(?:offered|gave|shared|delivered|made|took part|joined|responded|spoke)\\b(?![^.]*\\b(?:that|whether|how|why)\\b)`,
  'u',
);

/** What the questions were about ("Questions from the audience focused on costs."): the Q&A described, not anyone's words. */
const QUESTIONS_ABOUT =
  /^(?:(?:The|Several|Many|Most)\s+)?(?:[Qq]uestions|[Cc]omments)\b(?:\s+(?:from|by)\s+(?:the\s+)?(?:audience|floor|participants|attendees|chat|viewers)\b)?[^.]*?\b(?:focused|focussed|centred|centered|touched|turned|ranged|covered|included|concerned|dealt)\b/u;

/** Who attended ("About 80 people attended.", "More than 300 people registered."). */
const ATTENDANCE =
  /^(?:(?:About|Around|Some|More than|Over|Nearly|Almost|Roughly|Approximately)\s+)?[\d,]+\s+[^.]*?\b(?:attended|registered|tuned in|were in attendance)\b[^.]*\.?$/u;

/** A session's parts given by someone, in the passive ("Opening remarks were given by X."). */
const GIVEN_BY =
  /^(?:(?:The|Brief|Opening|Closing|Welcoming|Concluding)\s+)*(?:remarks|address|presentation|talk|keynote|welcome|introduction|summary)\s+(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:given|delivered|offered|made|presented|provided)\s+by\b/iu;

/** A sentence about the event or a session, or its logistics, rather than anyone's words. */
export function describesEvent(text: string): boolean {
  return (
    new RegExp(`^(?:On|In)\\s+(?:\\w+day,\\s+)?(?:${MONTH}|\\d{1,2}\\s+${MONTH})\\b`).test(text) ||
    new RegExp(`^(?:(?:In|During|At)\\s+)?the\\s+${ORDINAL}\\s+(?:panel|session)\\b`, 'i').test(text) ||
    new RegExp(
      `^The\\s+${EVENT_NOUN}\\b[^,.]*?\\b(?:turned|moved|shifted|began|opened|focused|focussed|featured|examined|explored|concluded|closed|ended|covered|continued|included|was|were)\\b`,
    ).test(text) ||
    /\b(?:the floor was (?:then )?opened|opened the floor)\b/i.test(text) ||
    LOGISTICS.test(text) ||
    COUNT_ANNOUNCES.test(text) ||
    QUESTIONS_ABOUT.test(text) ||
    ATTENDANCE.test(text) ||
    GIVEN_BY.test(text)
  );
}

/** Ceremonial acts by which someone opens or closes a session: doing one reports no words. */
const CEREMONY = 'thanking|welcoming|introducing|inviting|recogni[sz]ing|congratulating|greeting|presenting|handing';

/**
 * After a person subject: an event action ("opened the session", "thanked the panelists"), not
 * speech; thanking anyone is one; but opening or closing it by saying something ("opened the
 * session by noting that…", "by framing the question") is speech: any "by …ing" other than a ceremonial act.
 */
export const EVENT_ACTION = new RegExp(
  `^\\s+(?:then\\s+|also\\s+)?(?:moderated|chaired)(?:[.,;]|\\s+(?:the|a|an|both|all|and)\\b)(?![^.]*\\bthat\\b)|` +
    `^\\s+(?:then\\s+|also\\s+|briefly\\s+)?thanked\\b(?![^.]*\\bthat\\b)|` +
    `^\\s+(?:then\\s+|also\\s+)?(?:moderated|chaired|introduced|welcomed|opened|closed|thanked|convened|delivered|gave)\\s+(?:the\\s+|a\\s+|an\\s+|her\\s+|his\\s+)?(?:[\\w-]+\\s+){0,2}(?:${EVENT_NOUN}|${OCCASION}|speakers|panelists|participants|audience|guests|attendees|address|talk|presentation|speech|remarks|welcome|introduction)\\b(?![^.]*\\b(?:that|by (?!(?:${CEREMONY})\\b)\\p{Ll}+ing)\\b)`,
  'u',
);

/**
 * The words after a subject, past an affiliation, appositive or parenthesis ("Thorne of Fenwick
 * College spoke…", "Marsh, director of the lab, said…", "Marsh (Tidal Lab) said…"; two at most),
 * so the verb is what the rules below see.
 */
export function predicate(text: string, subjectEnd: number): string {
  const aside =
    /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and|on)\s+)?\p{Lu}[\p{L}’'-]*)*|,\s+(?:who\s+)?[^,]+,|\s*\([^)]*\)(?:,(?=\s))?)/u;
  let rest = text.slice(subjectEnd);
  for (let i = 0; i < 2 && aside.test(rest); i++) rest = rest.replace(aside, '');
  return rest;
}

/** In the opening paragraph, "X spoke on Y" announces the programme rather than reporting speech. */
export const PROGRAMME = /^\s+(?:\p{Ll}+\s+){0,3}?(?:spoke|lectured|talked|presented)\s+(?:on|about)\b(?![^.]*\bthat\b)/u;

/** A session the sentence opens ("The first panel…", a keynote, the Q&A), read from `text`. */
export function sessionMarker(text: string): { title: string; kind?: string | undefined } | undefined {
  const ordinal = new RegExp(`^(?:\\S+\\s+){0,3}?(?:the\\s+)?(${ORDINAL})\\s+(panel|session)\\b`, 'i').exec(text);
  if (ordinal)
    return {
      title: `${cap(ordinal[1]!.toLowerCase())} ${ordinal[2]!.toLowerCase()}`,
      kind: ordinal[2]!.toLowerCase() === 'panel' ? 'Panel' : 'Session',
    };
  if (/\bkeynote\b/i.test(text)) return { title: 'Keynote', kind: 'Keynote' };
  if (
    /\b(?:question[- ]and[- ]answer|Q\s?&\s?A|open(?:ed)? the floor|the floor (?:was )?(?:then )?open(?:ed)?|questions from the (?:audience|floor))\b/i.test(
      text,
    )
  )
    return { title: 'Questions and answers', kind: 'Q&A' };
  return undefined;
}

/** "EXECUTIVE SUMMARY" → "Executive summary"; words with digits or symbols ("Q&A") keep their case. */
export function sentenceCase(heading: string): string {
  return heading
    .split(/\s+/)
    .map((w, i) => (/^\p{L}+[:,;.]?$/u.test(w) ? (i === 0 ? w[0]! + w.slice(1).toLowerCase() : w.toLowerCase()) : w))
    .join(' ');
}

/**
 * A heading of the summary as a title: in sentence case when written in capitals ("PANEL 2:
 * FINANCE" → "Panel 2: finance"), else as written ("Panel 1: Water Security").
 */
export const headingTitle = (heading: string): string => (/\p{Ll}/u.test(heading) ? heading : sentenceCase(heading));

/** A heading line inside the summary ("QUESTIONS AND ANSWERS", "Panel 2: Finance") as a session. */
export function headingSession(heading: string): { title: string; kind?: string | undefined } {
  const title = headingTitle(heading);
  const kind = /\b(?:q\s?&\s?a|questions?)\b/i.test(heading)
    ? 'Q&A'
    : /keynote/i.test(heading)
      ? 'Keynote'
      : /panel/i.test(heading)
        ? 'Panel'
        : /session/i.test(heading)
          ? 'Session'
          : undefined;
  return kind ? { title, kind } : { title };
}

export const cap = (s: string) => s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
/** A participant's reply within an exchange ("The audience member responded that…"), not a new turn. */
export const RESPONDS = /^\s+(?:\p{Ll}+ly\s+|then\s+|also\s+)?(?:responded|replied|answered|added|agreed|disagreed|countered|rejoined)\b/u;
export const ASKS =
  /\b(?:asked|asks|inquired|enquired|wondered|wanted to know|questioned|raised (?:a |the |some |several )?questions?|posed (?:a |the )?questions?)\b|\?/i;

/** The question a sentence opens with ("To a question on X, …", "Asked whether X, …", "On whether X, …"), as a heading. */
export function questionFrame(text: string): string | undefined {
  const frame =
    /^(?:In response to|Responding to|Replying to|Answering|To|On)\s+(?:a|an|another|the|one)\s+(?:[\w-]+\s+)?(?:question|query|inquiry)(?:\s+from\s+[^,]+?)?(?:\s+(?:on|about|regarding|concerning|of)\s+([^,]+))?,/i.exec(
      text,
    ) ??
    /^(?:When\s+)?[Aa]sked\s+(?:about\s+)?((?:whether|if|how|why|what|which)?[^,]+),/.exec(text) ??
    /^On\s+((?:whether|how|why|what)\s+[^,]+|the question of\s+[^,]+),/.exec(text);
  if (!frame) return undefined;
  return frame[1] ? cap(frame[1].replace(/^the question of\s+/i, '')) : 'TODO: heading';
}

/**
 * A heading from a participant's question ("asked about X" → "X", "asked whether X" / "if X" →
 * "Whether X"), past an aside ("asked, through the chat, about X").
 */
export function askedHeading(text: string): string | undefined {
  const m =
    /\b(?:asked|wanted to know|inquired|enquired|wondered)(?:,[^,]+,)?\s+(?:about\s+)?((?:whether|if|how|why|what|which|who|when|where)?\b[^.?]+)/i.exec(
      text,
    );
  return m ? cap(m[1]!.trim().replace(/^if\b/i, 'whether')) : undefined;
}
