/**
 * A regular expression created on its first use, not when its module loads.
 *
 * In a fresh tab (a new renderer process) creating a pattern with `\p{…}` classes and the `u`
 * flag costs 0.2–0.7 ms before it ever runs (the property sets are built then), and the content
 * script's article script (entrypoints/content/page-gate.ts) loads these modules on every article
 * page. Patterns that only some pages or only the lazily read
 * metadata need are wrapped in this, so the pages that never use them never pay for them.
 * Created once, then the same object (a `g` pattern keeps its `lastIndex` between calls).
 */
export class LazyPattern {
  private pattern: RegExp | null = null;

  constructor(private readonly create: () => RegExp) {}

  get regex(): RegExp {
    return (this.pattern ??= this.create());
  }

  test(text: string): boolean {
    return this.regex.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.regex.exec(text);
  }
}
