/**
 * The reader's highlight colours: the CSS text is built only from validated hex colours, only the
 * colours are overridden (the underline styles stay), and the adopted stylesheet comes and goes
 * without touching the DOM or breaking when the browser refuses it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  createColorSheet,
  highlightColorsCss,
  isDefaultHighlightColors,
  sanitizeHighlightColors,
} from '../../entrypoints/content/highlight-colors';
import { defaultHighlightColors, type HighlightColors } from '../../utils/settings-schema';

const RED: HighlightColors = { quote: '#ff0000', reported: '#ffc800', person: '#3c8cff' };
const ALL: HighlightColors = { quote: '#FF0000', reported: '#0f0', person: '#123456' };

describe('highlightColorsCss', () => {
  it('turns each changed colour into the fill and underline colour of its highlight and fallback mark', () => {
    const css = highlightColorsCss(ALL);
    expect(css).toContain('::highlight(sourcelight-quote) { background-color: rgba(255, 0, 0, 0.32) !important;');
    expect(css).toContain('::highlight(sourcelight-reported) { background-color: rgba(0, 255, 0, 0.16) !important;');
    expect(css).toContain('::highlight(sourcelight-person) { background-color: rgba(18, 52, 86, 0.24) !important;');
    // The underline is the colour darkened, so it still reads over its own fill.
    expect(css).toContain('text-decoration-color: rgba(166, 0, 0, 0.9) !important;');
    expect(css).toContain(`sl-mark[data-sl~='quote']:not([data-sl-focus])`);
    expect(css).toContain(`sl-mark[data-sl~='person']:not([data-sl-focus])`);
  });

  it('overrides colours only: never the underline style (the non-colour cue) nor the focus ring', () => {
    const css = highlightColorsCss(ALL);
    expect(css).not.toMatch(/text-decoration(-line|-style|-thickness)?\s*:/);
    expect(css).not.toMatch(/solid|dashed|dotted|double/);
    expect(css).not.toContain('sourcelight-focus');
    const properties = [...css.matchAll(/([a-z-]+)\s*:\s/g)].map((m) => m[1]);
    expect(new Set(properties)).toEqual(new Set(['background-color', 'text-decoration-color']));
  });

  it('leaves a kind at its default to highlights.css (no rule for it)', () => {
    const css = highlightColorsCss(RED);
    expect(css).toContain('sourcelight-quote');
    expect(css).not.toContain('sourcelight-reported');
    expect(css).not.toContain('sourcelight-person');
    expect(highlightColorsCss(defaultHighlightColors())).toBe('');
  });

  it('never lets a raw stored string into the CSS: anything but #rgb / #rrggbb is the default', () => {
    const hostile = {
      quote: 'red; } body { display: none } ::highlight(x) {',
      reported: 'url(https://example.com/track)',
      person: '#3c8cff; background-image: url(x)',
    } as unknown as HighlightColors;
    const css = highlightColorsCss(hostile);
    expect(css).toBe('');
    expect(sanitizeHighlightColors(hostile)).toEqual(defaultHighlightColors());
    for (const bad of [null, undefined, 42, {}, [], 'ff0000', '#ff00000', '#gg0000', 'rgb(1,2,3)', ' #ff0000 ;']) {
      expect(sanitizeHighlightColors({ quote: bad }).quote).toBe('#ffc800');
    }
    expect(sanitizeHighlightColors(null)).toEqual(defaultHighlightColors());
  });

  it('widens #rgb and lower-cases', () => {
    expect(sanitizeHighlightColors({ quote: '#F0A', reported: ' #ABCDEF ' })).toEqual({
      quote: '#ff00aa',
      reported: '#abcdef',
      person: '#3c8cff',
    });
  });

  it('recognises the defaults in any spelling', () => {
    expect(isDefaultHighlightColors(defaultHighlightColors())).toBe(true);
    expect(isDefaultHighlightColors({ quote: '#FFC800', reported: '#ffc800', person: '#3C8CFF' })).toBe(true);
    expect(isDefaultHighlightColors(RED)).toBe(false);
  });
});

describe('createColorSheet', () => {
  afterEach(() => {
    document.adoptedStyleSheets = [];
  });

  const ourRules = (): string =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');

  it('adopts nothing while the colours are the defaults', () => {
    const sheet = createColorSheet(document);
    expect(sheet.apply(defaultHighlightColors())).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('adopts one sheet after the page’s own, updates it in place, and leaves the DOM alone', () => {
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('p { color: black; }');
    document.adoptedStyleSheets = [pageSheet];
    const html = document.documentElement.outerHTML;

    const sheet = createColorSheet(document);
    expect(sheet.apply(RED)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(ourRules()).toContain('255, 0, 0');

    expect(sheet.apply({ ...RED, quote: '#0000ff' })).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(ourRules()).toContain('0, 0, 255');
    expect(ourRules()).not.toContain('255, 0, 0');
    expect(document.documentElement.outerHTML).toBe(html);
  });

  it('adopts again when the page replaced the list, and takes itself out on defaults or remove()', () => {
    const sheet = createColorSheet(document);
    sheet.apply(RED);
    document.adoptedStyleSheets = [];
    sheet.apply(RED);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    sheet.apply(defaultHighlightColors());
    expect(document.adoptedStyleSheets).toHaveLength(0);
    sheet.apply(RED);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    sheet.remove();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('keeps the default colours, without throwing, when the document refuses adopted sheets', () => {
    const refusing = {
      get adoptedStyleSheets(): CSSStyleSheet[] {
        throw new Error('Permission denied to access property Symbol.iterator');
      },
      set adoptedStyleSheets(_: CSSStyleSheet[]) {
        throw new Error('Permission denied');
      },
    } as unknown as Document;
    const sheet = createColorSheet(refusing);
    expect(sheet.apply(RED)).toBe(false);
    expect(sheet.apply(RED)).toBe(false);
    expect(() => sheet.remove()).not.toThrow();
    expect(sheet.apply(defaultHighlightColors())).toBe(true);
  });

  it('in Firefox, writes the page’s own list through wrappedJSObject with a cloned array', () => {
    // Through Firefox's Xray wrappers `document.adoptedStyleSheets` is opaque; the waived view holds the list.
    const page = { adoptedStyleSheets: [] as unknown[] };
    const xray = { wrappedJSObject: page, defaultView: window, adoptedStyleSheets: undefined } as unknown as Document;
    const cloned: unknown[] = [];
    const global = globalThis as { cloneInto?: (value: unknown, target: object, options?: object) => unknown };
    global.cloneInto = (value, target, options) => {
      cloned.push({ target, options });
      return [...(value as unknown[])];
    };
    try {
      const sheet = createColorSheet(xray);
      expect(sheet.apply(RED)).toBe(true);
      expect(page.adoptedStyleSheets).toHaveLength(1);
      expect(cloned).toEqual([{ target: window, options: { wrapReflectors: true } }]);
      sheet.apply(RED);
      expect(page.adoptedStyleSheets).toHaveLength(1);
      sheet.remove();
      expect(page.adoptedStyleSheets).toHaveLength(0);
    } finally {
      delete global.cloneInto;
    }
  });
});
