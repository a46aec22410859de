/** Markdown building blocks for results.md and the console. */

export type Cell = string | number | null | undefined;

/** A number as a fixed-decimal string; NaN / null / undefined print as "–". */
export function fmt(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

export const ms = (value: number | null | undefined): string => fmt(value, 1);
export const pct = (value: number | null | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : `${(value * 100).toFixed(1)} %`;

export function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : NaN;
}

/** Formats `hits / total` as "0.750 (3/4)". */
export function rateOf(hits: number, total: number): string {
  return total > 0 ? `${fmt(hits / total)} (${hits}/${total})` : '–';
}

function escapeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function table(header: string[], rows: Cell[][]): string {
  const lines = [
    `| ${header.map(escapeCell).join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.map(escapeCell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

export interface Section {
  title: string;
  body: string[];
}

export function renderSection(section: Section): string {
  return [`## ${section.title}`, '', ...section.body.flatMap((b) => [b, ''])].join('\n');
}

/** One failure: a page or text on which a tool threw. Never aborts the run. */
export interface Failure {
  area: string;
  tool: string;
  id: string;
  message: string;
}

export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split('\n')[0]?.slice(0, 200) ?? '';
}
