/** Hand-checked cases for SCORING.md quote scoring, names, metadata and people metrics. */
import type { GoldPage, GoldQuote } from '../gold';
import { quoteRates, scorePageQuotes, tallyQuotes } from './attribution';
import { check, near, same } from './check';
import { fakeAnalysis, fakeQuote } from './fake-analysis';
import { letterView, unitRange } from './letters';
import { calendarDay, sameAuthors, sameDay, sameText, splitByline } from './metadata';
import { organisationNamesMatch, personNamesMatch } from './names';
import { addGumAttributions, emptyGumTally } from './gum-attribution';
import { parseGumAttributions } from '../gum-attributions';
import { addExactSpans, addOfficials, addOverlappingSpans, emptyOfficialsTally, emptySpanTally, spanPrf, titlesMatch } from './people';

function goldQuote(kind: GoldQuote['kind'], text: string, speaker: string | null, anonymous = false): GoldQuote {
  return { kind, text, speaker, anonymous, mention: null, title: null, cue: 'said' };
}

function goldPage(quotes: GoldQuote[]): GoldPage {
  return {
    page: 'selftest',
    url: null,
    title: null,
    authors: [],
    siteName: null,
    published: null,
    dateline: null,
    quotes,
    officials: [{ name: 'Ali Abbasov', title: 'Minister of Communications' }],
    people: ['Orozobek Kayikov', 'Ali Abbasov'],
  };
}

export function selftestLetters(): void {
  const view = letterView('“Café—ok,” he said.');
  same(view.units, 'cafeokhesaid', 'letters only, lower case, accents folded');
  same(view.origin.slice(0, 4), [1, 2, 3, 4], 'origins are UTF-16 offsets');
  same(unitRange(view, 0, 5), { start: 0, end: 4 }, 'span → unit range');
  same(letterView('e\u0301').units, letterView('é').units, 'composed = decomposed');
}

export function selftestNames(): void {
  check(personNamesMatch('Orozobek Kayikov', 'Kayikov'), 'surname alone matches');
  check(personNamesMatch('Orozobek Kayikov', 'orozobek KAYIKOV'), 'case-insensitive');
  check(personNamesMatch('Hamadoun Touré', 'Hamadoun Toure'), 'accent-insensitive');
  check(!personNamesMatch('Hillary Clinton', 'Bill Clinton'), 'conflicting given name');
  check(personNamesMatch('Jeffrey Gettleman', 'J. Gettleman'), 'an initial is no conflict');
  check(personNamesMatch('Patrick W. Carlineo Jr.', 'Patrick Carlineo'), 'suffix dropped');
  check(personNamesMatch('Donald Trump', 'Mr. Trump'), 'honorific is no given name');
  check(!personNamesMatch('Ali Abbasov', 'Ali Kayikov'), 'different surname');
  check(organisationNamesMatch('the military', 'Military'), 'leading "the" ignored');
  check(!organisationNamesMatch('Congressional Budget Office', 'Budget Office'), 'organisations need the same name');
}

export function selftestQuotes(): void {
  const text =
    'Kayikov said, "The resolution addresses security." Officials said the plan was dead. ' +
    'The "Blue House" is big. Ali Abbasov said earlier that the document is narrow.';
  const gold = goldPage([
    goldQuote('direct', 'The resolution addresses security.', 'Orozobek Kayikov'),
    goldQuote('indirect', 'the plan was dead', null, true),
    goldQuote('indirect', 'the document is narrow', 'Ali Abbasov'),
  ]);
  const analysis = fakeAnalysis(text, [
    // Covers the direct quote fully, right speaker by surname.
    fakeQuote(text, 'The resolution addresses security.', 'direct', 'Kayikov'),
    // Covers "the plan was" (10 of 14 letters): found; anonymous expected, named given: wrong.
    fakeQuote(text, 'the plan was', 'indirect', 'Somebody Else'),
    // A scare quote: a false alarm.
    fakeQuote(text, 'Blue House', 'direct', null),
    // Only "narrow" (6 of 19 letters): not found, though it lies inside a gold quote (correct).
    fakeQuote(text, 'narrow', 'indirect', 'Ali Abbasov'),
  ]);
  const score = scorePageQuotes(gold, analysis);
  same(score.gold.map((g) => [g.found, g.speakerRight]), [[true, true], [true, false], [false, false]], 'gold outcomes');
  same(score.predicted.map((p) => p.correct), [true, true, false, true], 'prediction outcomes');
  const t = tallyQuotes([score]);
  same(t.pooled, { gold: 3, located: 3, found: 2, speakerRight: 1, predicted: 4, correct: 3 }, 'pooled tally');
  same(t.direct, { gold: 1, located: 1, found: 1, speakerRight: 1, predicted: 2, correct: 1 }, 'direct tally');
  const r = quoteRates(t.pooled);
  near(r.recall, 2 / 3, 'recall');
  near(r.precision, 3 / 4, 'precision');
  near(r.speakerAccuracy, 1 / 2, 'speaker accuracy on found');
  near(r.endToEnd, 1 / 3, 'end-to-end');

  // Anonymous gold matched by an anonymous prediction; a gold text not in the article is missed.
  const text2 = 'Sources said the talks failed.';
  const gold2 = goldPage([goldQuote('indirect', 'the talks failed', null, true), goldQuote('direct', 'nowhere', 'X')]);
  const s2 = scorePageQuotes(gold2, fakeAnalysis(text2, [fakeQuote(text2, 'the talks failed.', 'indirect', null, true)]));
  same(s2.gold.map((g) => [g.located, g.found, g.speakerRight]), [[true, true, true], [false, false, false]], 'anonymous and missing');
}

export function selftestMetadata(): void {
  check(sameText('The  New\u00a0York Times', 'the new york times'), 'whitespace and case folded');
  check(sameText(null, ''), 'null gold matched by empty prediction');
  check(!sameText(null, 'LONDON'), 'null gold not matched by a value');
  check(sameAuthors(['Lisa Mascaro', 'Eric Tucker'], ['eric tucker', 'Lisa Mascaro']), 'author sets');
  check(!sameAuthors(['Lisa Mascaro'], ['Lisa Mascaro', 'AP']), 'extra author fails');
  same(calendarDay('2014-12-18T18:24:00+04:00'), '2014-12-18', 'ISO day as written');
  check(sameDay('2019-11-18', '2019-11-18T23:03:00-08:00'), 'page offset kept');
  same(calendarDay('Wed, 18 Mar 2015 12:00:00 GMT'), '2015-03-18', 'other formats via Date.parse (UTC)');
  same(splitByline('By Lisa Mascaro, Mary Clare Jalonick and Eric Tucker'), ['Lisa Mascaro', 'Mary Clare Jalonick', 'Eric Tucker'], 'byline split');
  same(splitByline('Alexandra Anderson & Sandy Ng'), ['Alexandra Anderson', 'Sandy Ng'], 'ampersand split, "and" inside a word kept');
}

export function selftestPeople(): void {
  const exact = emptySpanTally();
  addExactSpans(exact, [{ start: 0, end: 5 }, { start: 10, end: 20 }], [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 0, end: 5 }]);
  same(exact, { gold: 2, predicted: 2, goldHit: 1, predictedHit: 1 }, 'exact spans, duplicates once');
  const loose = emptySpanTally();
  addOverlappingSpans(loose, [{ start: 0, end: 5 }, { start: 10, end: 20 }], [{ start: 12, end: 15 }, { start: 30, end: 31 }]);
  same(loose, { gold: 2, predicted: 2, goldHit: 1, predictedHit: 1 }, 'overlapping spans');
  near(spanPrf(exact).f1, 0.5, 'span F1');
  check(titlesMatch('Minister of Communications and High Technologies', 'minister of  communications'), 'title containment');
  check(!titlesMatch('Minister', 'Senator'), 'different titles');
  const officials = emptyOfficialsTally();
  addOfficials(
    officials,
    [{ name: 'Ali Abbasov', title: 'Minister of Communications' }, { name: 'Hamadoun Toure', title: 'ITU Secretary General' }],
    [
      { id: 'p1', name: 'Ali Abbasov', titles: ['The Minister of Communications and High Technologies'], official: true, quoteCount: 1, mentions: [] },
      { id: 'p2', name: 'Hamadoun Toure', titles: [], official: true, quoteCount: 0, mentions: [] },
      { id: 'p3', name: 'Jane Doe', titles: ['teacher'], official: true, quoteCount: 0, mentions: [] },
    ],
  );
  same(officials, { gold: 2, named: 2, markedOfficial: 2, withTitle: 1, predictedOfficials: 3, predictedOfficialsRight: 2 }, 'officials tally');
}

export function selftestGumAttributions(): void {
  // Two sentences in one paragraph, a multi-word token, units marked on their first tokens:
  // unit 1 "Whitmore stated" attributes unit 2; unit 3 "He thinks" attributes unit 4 (no speech).
  const row = (id: string, form: string, lemma: string, misc = '_'): string => [id, form, lemma, '_', '_', '_', '_', '_', '_', misc].join('\t');
  const conllu = [
    '# newpar',
    row('1', 'Whitmore', 'Whitmore', 'Discourse=attribution-positive:1->2:1'),
    row('2', 'stated', 'state'),
    row('3', 'Montalvo', 'Montalvo', 'Discourse=elaboration:2->0:1'),
    row('4', 'left', 'leave', 'SpaceAfter=No'),
    row('5', '.', '.'),
    '',
    row('1', 'He', 'he', 'Discourse=attribution-positive:3->4:1'),
    row('2', 'thinks', 'think'),
    '3-4\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
    row('3', 'do', 'do', 'Discourse=joint:4->2:1'),
    row('4', "n't", 'not'),
    row('5', 'care', 'care', 'SpaceAfter=No'),
    row('6', '.', '.'),
  ].join('\n');
  const parsed = parseGumAttributions('t', conllu);
  same(parsed.text, "Whitmore stated Montalvo left. He thinks don't care.", 'text as written, multi-word token by its form');
  same(parsed.attributions, [{ source: { start: 0, end: 15 }, content: { start: 16, end: 30 }, cue: 'state' }], 'speech attributions only');

  const gold = parsed.attributions;
  const found = emptyGumTally();
  addGumAttributions(found, parsed.text, gold, [{ start: 16, end: 29, speaker: { start: 0, end: 8 } }]);
  same(found, { gold: 1, found: 1, speakerInSource: 1 }, 'covered, speaker mention in the attributing unit');
  const wrongSpeaker = emptyGumTally();
  addGumAttributions(wrongSpeaker, parsed.text, gold, [{ start: 16, end: 29, speaker: { start: 31, end: 33 } }]);
  same(wrongSpeaker, { gold: 1, found: 1, speakerInSource: 0 }, 'speaker mention outside the attributing unit');
  const half = emptyGumTally();
  addGumAttributions(half, parsed.text, gold, [{ start: 16, end: 20, speaker: null }, { start: 16, end: 19, speaker: null }, { start: 18, end: 21, speaker: null }]);
  same(half, { gold: 1, found: 0, speakerInSource: 0 }, 'overlapping quotes count once: 5 of 12 letters is less than half');
  const exactlyHalf = emptyGumTally();
  addGumAttributions(exactlyHalf, parsed.text, gold, [{ start: 16, end: 22, speaker: null }]);
  same(exactlyHalf, { gold: 1, found: 1, speakerInSource: 0 }, 'half of the letters is found (SCORING.md: at least 50 %)');
}
