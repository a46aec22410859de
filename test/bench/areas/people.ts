/**
 * Area 4 — people. GUM person spans from `analyzeText` (exact spans, plus an overlap row since the
 * gold spans are approximate), officials with the right title and people names on dev.jsonl, and
 * the speed of `analyzeText` per 1,000 words.
 */
import type { GoldPage, GumText } from '../gold';
import {
  addExactSpans,
  addOfficials,
  addOverlappingSpans,
  addPeopleNames,
  emptyNameTally,
  emptyOfficialsTally,
  emptySpanTally,
  spanPrf,
} from '../metrics/people';
import { countWords, median, p95, sum } from '../metrics/stats';
import { failureMessage, fmt, ms, rateOf, table, type Failure, type Section } from '../report';
import type { PageRun } from '../run-pages';
import type { AnalyzeTextFn } from '../sourcelight';

export interface PeopleInput {
  gum: GumText[];
  analyzeText: AnalyzeTextFn | null;
  devPages: { gold: GoldPage; run: PageRun }[];
  unavailable: string | null;
  failures: Failure[];
}

export function peopleSection(input: PeopleInput): Section {
  const body: string[] = [];
  const analyzeText = input.analyzeText;
  if (analyzeText) {
    // Warm-up, untimed.
    for (const t of input.gum.slice(0, 2)) {
      try {
        analyzeText(t.text);
      } catch {
        // Counted below.
      }
    }
    const exact = emptySpanTally();
    const loose = emptySpanTally();
    const perKWords: number[] = [];
    const times: number[] = [];
    let words = 0;
    let failed = 0;
    for (const t of input.gum) {
      try {
        const t0 = performance.now();
        const analysis = analyzeText(t.text);
        const elapsed = performance.now() - t0;
        const w = countWords(t.text);
        times.push(elapsed);
        words += w;
        if (w > 0) perKWords.push((elapsed / w) * 1000);
        const predicted = analysis.people.flatMap((p) => p.mentions);
        addExactSpans(exact, t.persons, predicted);
        addOverlappingSpans(loose, t.persons, predicted);
      } catch (error) {
        failed++;
        input.failures.push({ area: 'people', tool: 'Sourcelight analyzeText', id: t.id, message: failureMessage(error) });
        addExactSpans(exact, t.persons, []);
        addOverlappingSpans(loose, t.persons, []);
      }
    }
    const e = spanPrf(exact);
    const l = spanPrf(loose);
    body.push(
      `**GUM news person spans** (${input.gum.length} texts, ${exact.gold} gold spans, ${failed} failed) — \`analyzeText(text)\`, every \`people[].mentions\` span against the gold person spans, micro over all texts.`,
      table(
        ['match', 'precision', 'recall', 'F1', 'gold spans', 'predicted spans'],
        [
          ['exact span', fmt(e.precision), fmt(e.recall), fmt(e.f1), exact.gold, exact.predicted],
          ['any overlap (lenient)', fmt(l.precision), fmt(l.recall), fmt(l.f1), loose.gold, loose.predicted],
        ],
      ),
      table(
        ['analyzeText speed', 'value'],
        [
          ['ms per 1,000 words, overall (Σ time ÷ Σ words)', ms((sum(times) / Math.max(1, words)) * 1000)],
          ['ms per 1,000 words, median per text', ms(median(perKWords))],
          ['ms per text, median / p95', `${ms(median(times))} / ${ms(p95(times))}`],
          ['words (letter/digit runs)', words],
        ],
      ),
    );
  } else {
    body.push(`GUM news person spans: n/a — ${input.unavailable ?? 'no analyzeText'}.`);
  }

  const officials = emptyOfficialsTally();
  const names = emptyNameTally();
  let analysed = 0;
  for (const { gold, run } of input.devPages) {
    const people = run.sourcelight.output?.people ?? [];
    if (run.sourcelight.output) analysed++;
    addOfficials(officials, gold.officials, people);
    addPeopleNames(names, gold.people, people);
  }
  if (input.devPages.length > 0 && analysed > 0) {
    body.push(
      `**Officials on attribution/dev.jsonl** (${input.devPages.length} pages with HTML, ${officials.gold} officials) — name match as for speakers (same surname, no conflicting given name); ` +
        'title after case/whitespace folding, containment either way.',
      table(
        ['', 'rate'],
        [
          ['officials recall: named person found', rateOf(officials.named, officials.gold)],
          ['… and marked official', rateOf(officials.markedOfficial, officials.gold)],
          ['**… and with the right title** (officials recall with title)', rateOf(officials.withTitle, officials.gold)],
          ['officials precision: people marked official who are gold officials', rateOf(officials.predictedOfficialsRight, officials.predictedOfficials)],
          ['people recall: gold `people` names found', rateOf(names.goldFound, names.gold)],
          ['people precision: predicted people in gold `people`', rateOf(names.predictedRight, names.predicted)],
        ],
      ),
    );
  } else {
    body.push(`Officials on dev.jsonl: n/a — ${input.unavailable ?? 'no analysis'}.`);
  }
  return { title: '4. People', body };
}
