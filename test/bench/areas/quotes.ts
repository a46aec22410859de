/**
 * Area 3 — quotes and speakers on attribution/dev.jsonl, scored exactly as SCORING.md says
 * (metrics/attribution.ts), and the speech attributions of the GUM news texts, a second set the
 * quote rules were mostly not written on (../gum-attributions.ts, metrics/gum-attribution.ts).
 * There is no in-browser anchor for this task.
 */
import type { GoldPage } from '../gold';
import type { GumAttributionText } from '../gum-attributions';
import { QUOTE_KINDS, quoteRates, scorePageQuotes, tallyQuotes, type PageQuoteScore } from '../metrics/attribution';
import { addGumAttributions, emptyGumTally } from '../metrics/gum-attribution';
import { fmt, table, type Section } from '../report';
import type { PageRun } from '../run-pages';
import type { AnalyzeTextFn } from '../sourcelight';

export interface QuotesInput {
  pages: { gold: GoldPage; run: PageRun }[];
  skipped: string[];
  sourcelightUnavailable: string | null;
  gum: GumAttributionText[];
  analyzeText: AnalyzeTextFn | null;
}

export function quotesSection(input: QuotesInput): Section {
  const title = `3. Quotes and speakers — attribution/dev.jsonl (${input.pages.length} pages)`;
  if (input.sourcelightUnavailable) {
    return { title, body: [`Sourcelight: n/a — ${input.sourcelightUnavailable}. Anchor: no in-browser anchor.`] };
  }
  const scores: PageQuoteScore[] = [];
  for (const { gold, run } of input.pages) {
    const analysis = run.sourcelight.output;
    // A page whose analysis failed still counts: all its gold quotes are missed.
    scores.push(
      analysis
        ? scorePageQuotes(gold, analysis)
        : { page: gold.page, gold: gold.quotes.map((q) => ({ kind: q.kind, located: false, ambiguous: false, found: false, speakerRight: false, predictedSpeaker: null })), predicted: [], offsetMismatches: 0 },
    );
  }
  const tallies = tallyQuotes(scores);
  const rows = [...QUOTE_KINDS, 'pooled' as const].map((kind) => {
    const t = tallies[kind];
    const r = quoteRates(t);
    return [kind, t.gold, `${t.located}`, `${t.found}`, fmt(r.recall), `${t.correct}/${t.predicted}`, fmt(r.precision), fmt(r.f1), fmt(r.speakerAccuracy), fmt(r.endToEnd)];
  });
  const perPage = scores.map((s) => {
    const t = tallyQuotes([s]).pooled;
    return [s.page.replace(/^(scrapinghub\/.{12}).*$/, '$1…'), t.gold, t.found, `${t.correct}/${t.predicted}`, t.speakerRight, s.offsetMismatches || ''];
  });
  const ambiguous = scores.reduce((n, s) => n + s.gold.filter((g) => g.ambiguous).length, 0);
  const notLocated = tallies.pooled.gold - tallies.pooled.located;
  const offsetBugs = scores.reduce((n, s) => n + s.offsetMismatches, 0);
  const body = [
    table(['kind', 'gold', 'located', 'found', 'recall', 'correct / predicted', 'precision', 'F1', 'speaker acc. (found)', 'end-to-end'], rows),
    'Anchor: **no in-browser anchor** (no extension or library in the browser attributes quotes to speakers).',
    `Per SCORING.md: letters and digits only, case-insensitive; found = ≥ 50 % of a gold quote's letters covered by the union of predicted spans; ` +
      `a prediction is correct when ≥ 50 % of its letters lie inside one gold quote of any kind; the prediction covering most of a found quote supplies its speaker. ` +
      `Gold quotes not located in Sourcelight's article.text: ${notLocated} (missed: the body lost them). Gold texts occurring more than once: ${ambiguous} (best-covered occurrence used). ` +
      `Predicted quotes whose text ≠ article.text.slice(start, end): ${offsetBugs}.`,
    `<details><summary>Per page</summary>\n\n${table(['page', 'gold', 'found', 'correct / predicted', 'speaker right', 'offset mismatches'], perPage)}\n\n</details>`,
  ];
  if (input.skipped.length) body.push(`Skipped (no HTML): ${input.skipped.map((s) => `\`${s}\``).join(', ')}.`);
  if (input.analyzeText) body.push(...gumAttributionRows(input.gum, input.analyzeText));
  return { title, body };
}

/** The GUM news texts' speech attributions found among `analyzeText`'s quotes. */
function gumAttributionRows(texts: GumAttributionText[], analyzeText: AnalyzeTextFn): string[] {
  const tally = emptyGumTally();
  for (const t of texts) {
    const quotes = analyzeText(t.text).quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null }));
    addGumAttributions(tally, t.text, t.attributions, quotes);
  }
  return [
    `**GUM news speech attributions** (${texts.length} texts; the rules were written on the dev pages, and a few since from misses here) — the discourse layer's \`attribution\` relations whose attributing unit holds a speech cue (said, told, announced, …); \`analyzeText(text)\` on the text as written.`,
    table(
      ['', 'value'],
      [
        ['attributed units', tally.gold],
        ['found (≥ 50 % of the unit’s letters inside quotes)', `${fmt(tally.gold ? tally.found / tally.gold : NaN)} (${tally.found}/${tally.gold})`],
        ['… with the speaker mention inside the attributing unit', `${fmt(tally.found ? tally.speakerInSource / tally.found : NaN)} (${tally.speakerInSource}/${tally.found})`],
      ],
    ),
    'A unit is what GUM segmented, not a quote as GUIDELINES.md draws it: a unit cut short or joined to the next lowers “found” without a rule being wrong.',
  ];
}
