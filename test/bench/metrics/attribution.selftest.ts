/** Hand-checked cases for SCORING.md quote scoring, names, metadata and people metrics. */
import type { GoldPage, GoldQuote } from '../gold';
import { quoteRates, scorePageQuotes, tallyQuotes } from './attribution';
import { check, near, same } from './check';
import { fakeAnalysis, fakeQuote } from './fake-analysis';
import { letterView, unitRange } from './letters';
import { calendarDay, sameAuthors, sameDay, sameText, splitByline } from './metadata';
import { organisationNamesMatch, personNamesMatch } from './names';
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
