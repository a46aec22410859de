/**
 * The speech cue lexicon, kept as data: verbs that attribute words to a speaker, in the forms news
 * copy uses (past, present, third person, and the base form after plural subjects: "Deficit hawks
 * warn …", "As the authors explain, …" (readability/medicalnewstoday); not "suggest": "election results suggest most voters …" is inference, readability/wapo-2). "hinted that", "ruled
 * that" (courts), "indicated that" (documents) and "remembered"/"recounted" report words too. Beliefs and plans without speech (thinks, wants, hopes,
 * plans) are deliberately absent: they are not quotes (attribution/GUIDELINES.md).
 * Written for this project from the attribution guidelines and AP style usage.
 */
const CUE_VERBS = `
  said says say told tells tell added adds noted notes stressed stresses explained explains
  warned warns wrote writes tweeted tweets posted argued argues claimed claims announced announces
  stated states asked asks replied replies insisted insists recalled recalls continued continues
  acknowledged acknowledges admitted admits agreed agrees alleged alleges conceded concedes
  confirmed confirms declared declares denied denies emphasized emphasizes emphasised emphasises
  estimated estimates predicted predicts promised promises remarked remarks reported reports
  responded responds revealed reveals suggested suggests urged urges cautioned cautions
  commented comments complained complains contended contends maintained maintains observed
  observes concluded concludes testified testifies assured assures underlined underlines
  underscored underscores highlighted highlights reiterated reiterates disclosed discloses
  countered counters shouted shouts wrote writes texted emailed mentioned mentions informed informs
  pledged pledges vowed vows boasted boasts lamented laments quipped quips joked jokes
  divulged divulges signaled signals signalled conceded objected
  called calls described describes instructed instructs chanted chants reads
  warn argue claim note insist predict acknowledge admit contend stress caution
  explain confirm conclude
  hinted hints indicated indicates remembered recounted recounts ruled rules
`.trim().split(/\s+/);

/** Multi-word cues: "pointed out", "according to" is handled by its own patterns. */
const CUE_PHRASES = ['pointed out', 'points out', 'point out', 'went on', 'goes on', 'made clear', 'said in a statement', 'summed up', 'sums up', 'weighed in'];

/** Alternation of cues, longest first so "said in a statement" wins over "said". */
function alternation(cues: string[]): string {
  return [...new Set(cues)]
    .sort((a, b) => b.length - a.length)
    .map((c) => c.replace(/ /g, '\\s+'))
    .join('|');
}

export const CUE_ALTERNATION = alternation([...CUE_PHRASES, ...CUE_VERBS]);

/** Verbs whose object is the listener, not the speaker: "X told Trend …", "X told reporters". */
export const LISTENER_VERBS = /^(?:told|tells|tell|informed|informs|assured|assures|asked|asks|texted|emailed)$/i;

/** Cues news copy never puts before their speaker: base forms, and verbs whose object is a thing.
 * In "Another respondent highlighted AI’s opportunities to help teams …: “…”"
 * (readability/gitlab-blog) "AI’s opportunities" is no inverted subject. */
const NEVER_INVERTED = new Set(
  `warn argue claim note insist predict acknowledge admit contend stress caution explain confirm conclude
   highlighted highlights underlined underlines underscored underscores emphasized emphasizes emphasised
   emphasises signaled signals signalled indicated indicates revealed reveals disclosed discloses divulged
   divulges described describes called calls estimated estimates predicted predicts ruled rules hinted
   hints remembered`.trim().split(/\s+/),
);

/** Cues that may come before their speaker ("said Kayikov", "asked Smith"): not the ones whose
 * object is a listener — in "…, the source told Reuters" Reuters is not the speaker — nor NEVER_INVERTED. */
export const INVERTED_CUE_ALTERNATION = alternation(
  [...CUE_PHRASES, ...CUE_VERBS].filter((c) => (!LISTENER_VERBS.test(c) || /^ask/.test(c)) && !NEVER_INVERTED.has(c)),
);

/** Auxiliaries and adverbs allowed between a speaker and the cue: "has said", "also told",
 * "said earlier"; a time ("The European Union's top court last week ruled that …",
 * scrapinghub/833caf3bdba5); "continues to insist" / "tried to suggest" (scrapinghub/702d1da63b8e,
 * scrapinghub/82b6d780c792); any adverb in -ly, "Brooke tearfully asked", "the British royal
 * blankly denied" (scrapinghub/7dfc3e359d7c, 1f765c487806), but not a noun in -ly ("The family
 * said"); a few short adverbs, "He instead told the BBC interviewer: “…”" (scrapinghub/1f765c487806). */
export const AUXILIARY = '(?:(?:has|have|had|would|will|also|later|then|earlier|once|since|already|often|further|again|only|instead|still|now|even|just|first|has\\s+also|had\\s+also|(?:last|this)\\s+(?:week|month|year)|(?:continues?|continued|tried|tries)\\s+to|(?!(?:family|ally|assembly|supply|monopoly|rally|belly|bully|jelly|lily|anomaly|reply|holy|ugly|daily|weekly|monthly|quarterly|elderly|friendly|only)\\s)\\p{Ll}{3,}ly)\\s+)*';


/** Cues that attribute quoted words only ("called the debt “the transcendent issue of our era”",
 * "a sign reads “…”"): in reported speech they describe or name, they do not report. */
export const DIRECT_ONLY_CUES = /^(?:called|calls|described|describes|instructed|instructs|chanted|chants|reads|summed up|sums up|weighed in)$/i;

/**
 * Groups of unnamed speakers besides the source nouns of lib/people/lexicon.ts: "Deficit hawks
 * have warned for years that …" (readability/nytimes-4), "Islamist politicians have acknowledged
 * that …" (readability/wapo-1), "Israeli settlers, who …, said …" (scrapinghub/833caf3bdba5),
 * "…, White House advisers say." (scrapinghub/39d5c43beb60). Plural only: a group, never one
 * person.
 */
export const GROUP_NOUNS = new Set(
  `advisers advisors politicians groups settlers hawks unions campaigners advocates defenders
   skeptics sceptics proponents backers allies`.trim().split(/\s+/),
);

/** A cue as reported: one space between words, lower case ("Said  in a statement" → "said in a statement"). */
export function normalizeCue(cue: string): string {
  return cue.replace(/\s+/g, ' ').toLowerCase();
}
