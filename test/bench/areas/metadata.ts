/**
 * Area 2 — article metadata. Table A: dev.jsonl pages that have HTML, per field, compared as
 * SCORING.md says (metrics/metadata.ts). Table B: the Readability test pages'
 * expected-metadata.json — Readability's own expected output, so its column there is close to 1 by
 * construction; a field is scored only on pages where the expected value is not null.
 */
import type { Analysis } from '../../../lib/types';
import type { ReadabilityOutput } from '../anchors';
import type { GoldPage, ReadabilityExpectedMetadata } from '../gold';
import { calendarDay, foldField, sameAuthors, sameDay, sameText, splitByline } from '../metrics/metadata';
import { rateOf, table, type Section } from '../report';
import type { PageRun } from '../run-pages';

interface FieldTally {
  hits: number;
  total: number;
}

const tally = (): FieldTally => ({ hits: 0, total: 0 });
const add = (t: FieldTally, ok: boolean): void => {
  t.total++;
  if (ok) t.hits++;
};

/** What each tool says, reduced to the compared fields. */
interface MetadataView {
  title: string | null;
  authors: string[];
  siteName: string | null;
  published: string | null;
  dateline: string | null;
}

function sourcelightView(a: Analysis | null): MetadataView {
  return {
    title: a?.article.title ?? null,
    authors: a?.article.authors ?? [],
    siteName: a?.article.siteName ?? null,
    published: a?.article.published ?? null,
    dateline: a?.article.dateline ?? null,
  };
}

function readabilityView(r: ReadabilityOutput | null): MetadataView {
  return {
    title: r?.title ?? null,
    authors: splitByline(r?.byline),
    siteName: r?.siteName ?? null,
    published: r?.publishedTime ?? null,
    dateline: null,
  };
}

const FIELDS = ['title', 'authors', 'siteName', 'published', 'dateline'] as const;
type Field = (typeof FIELDS)[number];

function compare(field: Field, gold: GoldPage, view: MetadataView): boolean {
  switch (field) {
    case 'title':
      return sameText(gold.title, view.title);
    case 'authors':
      return sameAuthors(gold.authors, view.authors);
    case 'siteName':
      return sameText(gold.siteName, view.siteName);
    case 'published':
      return sameDay(gold.published, view.published);
    case 'dateline':
      return sameText(gold.dateline, view.dateline);
  }
}

function show(field: Field, value: MetadataView | GoldPage): string {
  const v = field === 'authors' ? `[${value.authors.join('; ')}]` : field === 'published' ? calendarDay(value.published) : value[field];
  return v === null ? 'null' : `“${String(v).slice(0, 70)}”`;
}

export interface MetadataInput {
  devPages: { gold: GoldPage; run: PageRun }[];
  devSkipped: string[];
  readabilityPages: { id: string; expected: ReadabilityExpectedMetadata; run: PageRun }[];
  sourcelightUnavailable: string | null;
  readabilityVersion: string;
}

export function metadataSection(input: MetadataInput): Section {
  const na = input.sourcelightUnavailable;
  const sl = Object.fromEntries(FIELDS.map((f) => [f, tally()])) as Record<Field, FieldTally>;
  const rd = Object.fromEntries(FIELDS.map((f) => [f, tally()])) as Record<Field, FieldTally>;
  const misses: string[] = [];
  for (const { gold, run } of input.devPages) {
    const s = sourcelightView(run.sourcelight.output);
    const r = readabilityView(run.readability.output);
    for (const field of FIELDS) {
      const ok = compare(field, gold, s);
      add(sl[field], ok);
      add(rd[field], compare(field, gold, r));
      if (!ok && !na) misses.push(`- \`${gold.page.replace(/^(scrapinghub\/.{12}).*$/, '$1…')}\` ${field}: gold ${show(field, gold)}, Sourcelight ${show(field, s)}`);
    }
  }
  const tableA = table(
    ['field', 'Sourcelight', `Readability ${input.readabilityVersion}`],
    FIELDS.map((f) => [
      f === 'published' ? 'published (calendar day)' : f === 'authors' ? 'authors (as a set)' : f,
      na ? 'n/a' : rateOf(sl[f].hits, sl[f].total),
      f === 'dateline' ? 'n/a (no such field)' : rateOf(rd[f].hits, rd[f].total),
    ]),
  );

  // Table B: expected-metadata.json of the Readability test pages.
  const B_FIELDS = ['title', 'authors', 'siteName', 'published'] as const;
  type BField = (typeof B_FIELDS)[number];
  const slB = Object.fromEntries(B_FIELDS.map((f) => [f, tally()])) as Record<BField, FieldTally>;
  const rdB = Object.fromEntries(B_FIELDS.map((f) => [f, tally()])) as Record<BField, FieldTally>;
  for (const { expected, run } of input.readabilityPages) {
    const views = [
      [sourcelightView(run.sourcelight.output), slB],
      [readabilityView(run.readability.output), rdB],
    ] as const;
    for (const [view, t] of views) {
      if (foldField(expected.title) !== null) add(t.title, sameText(expected.title ?? null, view.title));
      if (foldField(expected.byline) !== null) add(t.authors, sameAuthors(splitByline(expected.byline), view.authors));
      if (foldField(expected.siteName) !== null) add(t.siteName, sameText(expected.siteName ?? null, view.siteName));
      if (calendarDay(expected.publishedTime) !== null) add(t.published, sameDay(calendarDay(expected.publishedTime), view.published));
    }
  }
  const tableB = table(
    ['field (pages where expected is not null)', 'Sourcelight', `Readability ${input.readabilityVersion}`],
    B_FIELDS.map((f) => [
      f === 'authors' ? 'byline → authors (as a set)' : f === 'published' ? 'publishedTime (calendar day)' : f,
      na ? 'n/a' : rateOf(slB[f].hits, slB[f].total),
      rateOf(rdB[f].hits, rdB[f].total),
    ]),
  );

  const body = [
    `**A. attribution/dev.jsonl pages with HTML (${input.devPages.length})** — accuracy per field, compared after NFKC, whitespace and case folding; ` +
      '`published` on the calendar day only; `authors` as a set of names. Readability’s byline is split into names on commas, semicolons, “|”, “&” and “and” after dropping a leading “By”.',
    tableA,
  ];
  if (input.devSkipped.length) body.push(`Skipped (no HTML): ${input.devSkipped.map((s) => `\`${s}\``).join(', ')}.`);
  if (misses.length) body.push(`<details><summary>Sourcelight’s misses on dev.jsonl (${misses.length})</summary>\n\n${misses.join('\n')}\n\n</details>`);
  body.push(
    `**B. Readability test pages’ expected-metadata.json (${input.readabilityPages.length} pages)** — Readability’s own expected output (upstream commit ab4027a), ` +
      'so Readability scores near 1 here by construction; the expected byline is split into names the same way.',
    tableB,
  );
  if (na) body.push(`Sourcelight: n/a — ${na}`);
  return { title: '2. Metadata', body };
}
