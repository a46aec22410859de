/**
 * People scoring.
 * - GUM person spans (gum-news/persons.jsonl): exact-span precision / recall / F1, micro over all
 *   texts: a predicted mention {start, end} is right when a gold person span has the same start
 *   and end. A lenient row counts any overlap (the gold spans are approximate; README).
 * - Officials on dev.jsonl: a gold official is recalled "with the right title" when a predicted
 *   person has the same name (names.ts person rule), is marked `official`, and one of its titles
 *   matches the gold title after case/whitespace folding, containment either way counting.
 */
import type { Person, Span } from '../../../lib/types';
import type { GoldOfficial } from '../gold';
import { foldField } from './metadata';
import { personNamesMatch } from './names';

export interface SpanTally {
  gold: number;
  predicted: number;
  /** Gold spans matched. */
  goldHit: number;
  /** Predicted spans matched. */
  predictedHit: number;
}

export function emptySpanTally(): SpanTally {
  return { gold: 0, predicted: 0, goldHit: 0, predictedHit: 0 };
}

const key = (s: Span): string => `${s.start}:${s.end}`;

/** Adds one text's exact-span matches to `tally` (duplicate predicted spans count once). */
export function addExactSpans(tally: SpanTally, gold: Span[], predicted: Span[]): void {
  const g = new Set(gold.map(key));
  const p = new Set(predicted.map(key));
  tally.gold += g.size;
  tally.predicted += p.size;
  let hits = 0;
  for (const k of p) if (g.has(k)) hits++;
  tally.goldHit += hits;
  tally.predictedHit += hits;
}

/** Adds one text's overlap matches to `tally`. */
export function addOverlappingSpans(tally: SpanTally, gold: Span[], predicted: Span[]): void {
  const unique = (spans: Span[]): Span[] => [...new Map(spans.map((s) => [key(s), s])).values()];
  const g = unique(gold);
  const p = unique(predicted);
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  tally.gold += g.length;
  tally.predicted += p.length;
  tally.goldHit += g.filter((x) => p.some((y) => overlaps(x, y))).length;
  tally.predictedHit += p.filter((y) => g.some((x) => overlaps(x, y))).length;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function spanPrf(t: SpanTally): Prf {
  const precision = t.predicted > 0 ? t.predictedHit / t.predicted : NaN;
  const recall = t.gold > 0 ? t.goldHit / t.gold : NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Case/whitespace folding, then containment either way. */
export function titlesMatch(gold: string, predicted: string): boolean {
  const g = foldField(gold);
  const p = foldField(predicted);
  if (g === null || p === null) return false;
  return g.includes(p) || p.includes(g);
}

export interface OfficialsTally {
  gold: number;
  /** A predicted person with the official's name. */
  named: number;
  /** … marked official. */
  markedOfficial: number;
  /** … marked official with a title matching the gold title. */
  withTitle: number;
  /** Predicted people marked official. */
  predictedOfficials: number;
  /** … whose name is a gold official's. */
  predictedOfficialsRight: number;
}

export function emptyOfficialsTally(): OfficialsTally {
  return { gold: 0, named: 0, markedOfficial: 0, withTitle: 0, predictedOfficials: 0, predictedOfficialsRight: 0 };
}

export function addOfficials(tally: OfficialsTally, gold: GoldOfficial[], people: Person[]): void {
  for (const official of gold) {
    tally.gold++;
    const candidates = people.filter((p) => personNamesMatch(official.name, p.name));
    if (candidates.length === 0) continue;
    tally.named++;
    const marked = candidates.filter((p) => p.official);
    if (marked.length === 0) continue;
    tally.markedOfficial++;
    if (marked.some((p) => p.titles.some((t) => titlesMatch(official.title, t)))) tally.withTitle++;
  }
  for (const person of people.filter((p) => p.official)) {
    tally.predictedOfficials++;
    if (gold.some((o) => personNamesMatch(o.name, person.name))) tally.predictedOfficialsRight++;
  }
}

export interface NameTally {
  gold: number;
  goldFound: number;
  predicted: number;
  predictedRight: number;
}

export function emptyNameTally(): NameTally {
  return { gold: 0, goldFound: 0, predicted: 0, predictedRight: 0 };
}

/** dev.jsonl `people` names vs predicted people names (person rule), for context. */
export function addPeopleNames(tally: NameTally, gold: string[], people: Person[]): void {
  tally.gold += gold.length;
  tally.goldFound += gold.filter((g) => people.some((p) => personNamesMatch(g, p.name))).length;
  tally.predicted += people.length;
  tally.predictedRight += people.filter((p) => gold.some((g) => personNamesMatch(g, p.name))).length;
}
