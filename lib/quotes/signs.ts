/**
 * Words on signs, banners and placards: quoted, attributed by what the sign "reads", "says" or
 * "advertised" rather than by a person's speech cue. The sign's words are its holder's (protesters:
 * unnamed) or, for a sign in a shop, the shop's (speakers.ts, `signSpeaker`).
 *
 * Small patterns with no Unicode classes: they run only on the few quotations no speech cue claims.
 */
import type { Span } from '../types';

/** What carries quoted words. */
const SIGN_NOUN = '(?:signs?|banners?|placards?|posters?|billboards?)';
/** What a sign does with its words ("read", "advertised"), or the words it carries ("sayings"). */
const SIGN_VERB =
  '(?:reads?|reading|says|said|saying|advertised|advertising|proclaimed|proclaiming|declared|declaring|warned|warning|promised|promising|urged|urging|with\\s+(?:sayings|slogans|messages|words)(?:\\s+such\\s+as|\\s+like)?)';

/**
 * A sign, then its verb, right before the opening mark: "At the seafood counter in the Whole Foods
 * store on Westlake, …, a sign advertised “First of the Season Fresh Alaskan Halibut”"
 * (readability/seattletimes-1); "many holding handmade signs with sayings such as, “Less Money on
 * Testing, More Money on Students.”" (scrapinghub/7de5241947a5). Group 1 the noun, 2 the verb.
 */
const SIGN_BEFORE_QUOTE = new RegExp(`\\b(${SIGN_NOUN})(?:\\s+(?:that|which))?\\s+(${SIGN_VERB})\\s*[:,]?\\s*$`, 'i');

/**
 * After the closing mark, "reads one" when signs were named before the quotation: "New signs in
 * stores appeared this month, spelling out the value proposition it’s trying to strike: “New lower
 * prices. Same high standards,” reads one" (readability/seattletimes-1). Group 1 the verb.
 */
const ONE_SIGN_AFTER_QUOTE = /^[\s,]*(reads|read|says|said|proclaimed|declared)\s+(?:one|another)\b/;
/** The signs named earlier in the sentence or paragraph (the last one is the antecedent of "one"). */
const SIGN_NOUNS = new RegExp(`\\b${SIGN_NOUN}\\b`, 'gi');
/** Cheap test before the patterns above. */
const SIGN_WORD = /\b(?:sign|banner|placard|poster|billboard)/i;

export interface SignAttribution {
  cue: string;
  /** The sign noun: the speaker stage resolves it to the holder or the shop. */
  subject: Span;
}

/**
 * The sign attributing a quotation, if any. `before` is the sentence up to the opening mark
 * (starting at `beforeStart`), `after` the text after the closing mark (starting at `afterStart`),
 * `paragraphBefore` the paragraph up to the opening mark (starting at `paragraphStart`).
 */
export function signAttribution(
  before: string,
  beforeStart: number,
  after: string,
  paragraphBefore: string,
  paragraphStart: number,
): SignAttribution | null {
  if (SIGN_WORD.test(before)) {
    const m = SIGN_BEFORE_QUOTE.exec(before);
    if (m) {
      const at = beforeStart + m.index;
      return { cue: m[2]!.replace(/\s+/g, ' ').toLowerCase(), subject: { start: at, end: at + m[1]!.length } };
    }
  }
  const one = ONE_SIGN_AFTER_QUOTE.exec(after);
  if (!one || !SIGN_WORD.test(paragraphBefore)) return null;
  let last: RegExpExecArray | null = null;
  SIGN_NOUNS.lastIndex = 0;
  for (let m = SIGN_NOUNS.exec(paragraphBefore); m; m = SIGN_NOUNS.exec(paragraphBefore)) last = m;
  if (!last || !/s$/i.test(last[0])) return null; // "one" of several signs
  const at = paragraphStart + last.index;
  return { cue: one[1]!.toLowerCase(), subject: { start: at, end: at + last[0].length } };
}
