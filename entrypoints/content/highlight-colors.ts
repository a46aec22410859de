/**
 * The reader's highlight colours (options page → `highlightColors` setting) applied without
 * touching the page's DOM: highlights.css (injected from the manifest) keeps the default look, and
 * a constructed stylesheet adopted by the document (`document.adoptedStyleSheets`) overrides only
 * the colours. The underline *styles* (solid, dashed, dotted: the non-colour cue) stay in
 * highlights.css and are never overridden; the focus ring keeps its own colours.
 *
 * Only validated `#rrggbb` colours reach the CSS text (a damaged or hostile stored value falls back
 * to that kind's default), and nothing is adopted while the colours are the defaults. If the
 * browser refuses (no constructable stylesheets, Firefox's Xray wrappers, a frozen array), the
 * default colours stay: highlighting itself never depends on this.
 */
import { defaultHighlightColors, normalizeHexColor, type HighlightColors } from '../../utils/settings-schema';
import { HIGHLIGHT_NAMES } from './highlight-names';

/** Per kind: the fill's transparency (as in highlights.css) and the highlight's name. */
const KINDS: Record<keyof HighlightColors, { fill: number; name: string }> = {
  quote: { fill: 0.32, name: HIGHLIGHT_NAMES.quote },
  reported: { fill: 0.16, name: HIGHLIGHT_NAMES.reported },
  person: { fill: 0.24, name: HIGHLIGHT_NAMES.person },
};
/** The underline is the colour darkened (as the defaults are) so it reads on the fill. */
const UNDERLINE_SHADE = 0.65;
const UNDERLINE_ALPHA = 0.9;
/** highlights.css's underline colours, kept in step with it by a unit test. */
const DEFAULT_UNDERLINES: Record<keyof HighlightColors, string> = {
  quote: 'rgba(176, 120, 0, 0.9)',
  reported: 'rgba(176, 120, 0, 0.9)',
  person: 'rgba(30, 90, 200, 0.95)',
};

/** Every kind as a validated, lower-case `#rrggbb`; anything else becomes that kind's default. */
export function sanitizeHighlightColors(colors: Partial<Record<keyof HighlightColors, unknown>> | null | undefined): HighlightColors {
  const safe = defaultHighlightColors();
  for (const kind of Object.keys(safe) as (keyof HighlightColors)[]) {
    safe[kind] = normalizeHexColor(colors?.[kind]) ?? safe[kind];
  }
  return safe;
}

export function isDefaultHighlightColors(colors: HighlightColors): boolean {
  const defaults = defaultHighlightColors();
  const safe = sanitizeHighlightColors(colors);
  return (Object.keys(defaults) as (keyof HighlightColors)[]).every((kind) => safe[kind] === defaults[kind]);
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function rgba([r, g, b]: [number, number, number], alpha: number): string {
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/**
 * The stylesheet text for `colors`: for each kind not at its default, the highlight's fill and
 * underline colour, and the same for the fallback marks. Built only from numbers parsed out of
 * validated hex colours. `!important` because the order of an adopted sheet against the
 * manifest-injected highlights.css differs by browser (in Firefox 140 highlights.css wins without it).
 */
export function highlightColorsCss(colors: HighlightColors): string {
  const safe = sanitizeHighlightColors(colors);
  const defaults = defaultHighlightColors();
  const rules: string[] = [];
  for (const kind of Object.keys(KINDS) as (keyof HighlightColors)[]) {
    // A kind left at its default keeps highlights.css's exact look.
    if (safe[kind] === defaults[kind]) continue;
    const body =
      `background-color: ${rgba(rgb(safe[kind]), KINDS[kind].fill)} !important; ` +
      `text-decoration-color: ${underlineOf(safe[kind])} !important;`;
    rules.push(`::highlight(${KINDS[kind].name}) { ${body} }`);
    rules.push(`sl-mark[data-sl~='${kind}']:not([data-sl-focus]) { ${body} }`);
  }
  return rules.join('\n');
}

/** The underline's colour for a highlight colour: the colour darkened, as the defaults are. */
function underlineOf(hex: string): string {
  return rgba(rgb(hex).map((c) => Math.round(c * UNDERLINE_SHADE)) as [number, number, number], UNDERLINE_ALPHA);
}

/**
 * Each kind's underline colour as a CSS colour, for underlines drawn outside highlights.css
 * (./underline-overlay.ts): highlights.css's own for a kind at its default, else as above.
 */
export function underlineColors(colors: HighlightColors): Record<keyof HighlightColors, string> {
  const safe = sanitizeHighlightColors(colors);
  const defaults = defaultHighlightColors();
  const result = { ...DEFAULT_UNDERLINES };
  for (const kind of Object.keys(KINDS) as (keyof HighlightColors)[]) {
    if (safe[kind] !== defaults[kind]) result[kind] = underlineOf(safe[kind]);
  }
  return result;
}

export interface ColorSheet {
  /** Applies `colors`; false when they could not be applied (the default colours show). */
  apply(colors: HighlightColors): boolean;
  /** Takes our sheet out of the document (defaults showing). */
  remove(): void;
}

/**
 * Firefox runs content scripts behind Xray wrappers, through which `document.adoptedStyleSheets`
 * is an opaque object: not iterable, and assigning to it only sets a property on the wrapper. The
 * page's own view of the document (`wrappedJSObject`) holds the real list; an array handed to it
 * must be cloned into the page (`cloneInto`, DOM objects as references). Chrome has neither name:
 * its isolated world reads and writes the list directly.
 */
interface FirefoxXray {
  wrappedJSObject?: unknown;
}
declare const cloneInto: ((value: unknown, target: object, options?: { wrapReflectors?: boolean }) => unknown) | undefined;

interface AdoptedList {
  read(): unknown[];
  write(sheets: unknown[]): void;
  /** The value to look for in `read()`'s result for our sheet. */
  key(sheet: CSSStyleSheet): unknown;
}

function adoptedList(doc: Document): AdoptedList {
  const page = (doc as FirefoxXray).wrappedJSObject as { adoptedStyleSheets?: ArrayLike<unknown> } | undefined;
  if (page && typeof cloneInto === 'function' && doc.defaultView) {
    const view = doc.defaultView;
    return {
      read: () => Array.from(page.adoptedStyleSheets ?? []),
      write: (sheets) => {
        page.adoptedStyleSheets = cloneInto(sheets, view, { wrapReflectors: true }) as ArrayLike<unknown>;
      },
      key: (sheet) => (sheet as FirefoxXray).wrappedJSObject ?? sheet,
    };
  }
  return {
    read: () => [...(doc.adoptedStyleSheets ?? [])],
    write: (sheets) => {
      doc.adoptedStyleSheets = sheets as CSSStyleSheet[];
    },
    key: (sheet) => sheet,
  };
}

export function createColorSheet(doc: Document = document): ColorSheet {
  let sheet: CSSStyleSheet | null = null;
  let text = '';
  let broken = false;

  const remove = () => {
    if (!sheet) return;
    try {
      const list = adoptedList(doc);
      const ours = list.key(sheet);
      const sheets = list.read();
      if (sheets.includes(ours)) list.write(sheets.filter((s) => s !== ours));
    } catch {
      text = '';
      // Cannot write the list: empty our sheet instead, so the default colours show again.
      try {
        sheet.replaceSync('');
      } catch {
        // Nothing more to do: the colours stay as they were.
      }
    }
  };

  return {
    apply(colors) {
      if (isDefaultHighlightColors(colors)) {
        remove();
        return true;
      }
      if (broken) return false;
      try {
        sheet ??= new CSSStyleSheet();
        const css = highlightColorsCss(colors);
        if (css !== text) sheet.replaceSync(css);
        text = css;
        // Adopted after the page's own sheets; again if the page has replaced the list since.
        const list = adoptedList(doc);
        const sheets = list.read();
        if (!sheets.includes(list.key(sheet))) list.write([...sheets, sheet]);
        return true;
      } catch {
        // Constructable stylesheets missing, or the list refused: the default colours stay.
        broken = true;
        sheet = null;
        text = '';
        return false;
      }
    },
    remove,
  };
}
