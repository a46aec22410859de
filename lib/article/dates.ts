/**
 * Dates as the page gives them, in ISO 8601, keeping the page's own calendar day and offset:
 * "2014-12-18T18:24:00+04:00" stays on 18 December whatever the reader's time zone.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** Normalises a machine date (meta tags, JSON-LD, `<time datetime>`) to ISO 8601, or null. */
export function normalizeMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    if (!validDay(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const offset = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  return parseHumanDate(trimmed);
}

/**
 * Reads a date written for people: "18 December 2014 18:24 (UTC +04:00)" (seed), "Dec. 18, 2014",
 * "December 18, 2014 6:24 PM". Returns ISO with time and offset when both are given, else the day.
 */
export function parseHumanDate(text: string): string | null {
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\.? +([A-Za-z]{3,9})\.?,? +(\d{4})\b/.exec(text);
  const monthFirst = /\b([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4})\b/.exec(text);
  if (dayFirst && MONTHS[dayFirst[2]!.slice(0, 3).toLowerCase()]) {
    d = +dayFirst[1]!;
    mo = MONTHS[dayFirst[2]!.slice(0, 3).toLowerCase()];
    y = +dayFirst[3]!;
  } else if (monthFirst && MONTHS[monthFirst[1]!.slice(0, 3).toLowerCase()]) {
    mo = MONTHS[monthFirst[1]!.slice(0, 3).toLowerCase()];
    d = +monthFirst[2]!;
    y = +monthFirst[3]!;
  }
  if (y === undefined || mo === undefined || d === undefined || !validDay(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  const time = /\b(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?/.exec(text);
  const offset = zoneOffset(text);
  if (!time || !offset) return day;
  let hour = +time[1]!;
  if (time[3]) hour = (hour % 12) + (time[3].toLowerCase() === 'p' ? 12 : 0);
  return `${day}T${pad(hour)}:${time[2]}:00${offset}`;
}

/** Zone abbreviations news pages print beside times ("11:34 PM EST"), as UTC offsets. */
const ZONES: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', GMT: '+00:00', UTC: '+00:00', BST: '+01:00', CET: '+01:00',
  CEST: '+02:00', IST: '+05:30', JST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};

/** "(UTC +04:00)" (seed), "GMT+2", "EST" → "+04:00", "+02:00", "-05:00". */
function zoneOffset(text: string): string | null {
  const explicit = /\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2}):?(\d{2})?/.exec(text);
  if (explicit) return `${explicit[1]}${pad(+explicit[2]!)}:${explicit[3] ?? '00'}`;
  const named = /\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|JST|AEST|AEDT)\b/.exec(text);
  return named ? ZONES[named[1]!]! : null;
}

function validDay(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
