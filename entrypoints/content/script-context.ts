/**
 * The content script's context: what WXT's `ContentScriptContext` gives (ctx.setTimeout,
 * ctx.addEventListener, ctx.onInvalidated… so nothing keeps running after the extension is
 * updated or removed), at a fraction of its start-up cost. The build puts this class in place of
 * WXT's for content scripts (wxt.config.ts aliases `wxt/utils/content-script-context` here), so
 * WXT's entry wrapper constructs it.
 *
 * Why: the context is built on every page, article or not, before anything else, and in a new tab
 * each first use of a browser API from the content script's world costs its bindings' set-up.
 * WXT's creates an AbortController and registers a listener on its signal per timer and per
 * listener, watches the location through an event of its own, and greets older copies of the
 * script with a DOM event. Measured on the seven bench pages that fail the pre-check (main-thread
 * ms, mean of page medians): fresh tabs 5.1 with WXT's, 3.8 with this one (9 rounds); one tab
 * 2.0 and 1.6 (15 rounds).
 *
 * Same contract as WXT's for what we use:
 *   - `isInvalid` asks the browser (`runtime.id` is gone once the extension is updated or
 *     removed) and, the first time it finds out, runs the `onInvalidated` callbacks;
 *   - timers and listeners made through the context do nothing after that.
 * Left out: WXT's greeting, with which a newer copy started in the same document stops the older
 * one. A released extension never has two: Chrome does not inject declared content scripts into
 * open tabs when the extension is installed or updated (and we inject nothing ourselves), and
 * Firefox, which does, unloads the old copy first, so it could not answer anyway. The greeting
 * (a CustomEvent dispatched on the document) was the costliest part of WXT's constructor in a new
 * tab (CPU profile).
 * `signal` (an AbortSignal aborted on invalidation) is made on first use: only article pages need it.
 */
import { browser } from 'wxt/browser';

/** The context as our content-script code uses it (WXT's class has the same members). */
export interface ScriptContext {
  readonly isInvalid: boolean;
  readonly signal: AbortSignal;
  onInvalidated(callback: () => void): void;
  setTimeout(callback: () => void, ms?: number): number;
  setInterval(callback: () => void, ms?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  addEventListener<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, options?: AddEventListenerOptions): void;
}

/**
 * Named as WXT's class, which WXT's entry wrapper imports and constructs with the script's name
 * and options (neither needed here).
 */
export class ContentScriptContext implements ScriptContext {
  private readonly invalidatedCallbacks: (() => void)[] = [];
  private invalidated = false;
  private controller: AbortController | null = null;

  get isInvalid(): boolean {
    if (!this.invalidated && browser.runtime?.id === undefined) this.invalidate();
    return this.invalidated;
  }

  get signal(): AbortSignal {
    this.controller ??= new AbortController();
    if (this.invalidated) this.controller.abort();
    return this.controller.signal;
  }

  onInvalidated(callback: () => void): void {
    if (this.invalidated) callback();
    else this.invalidatedCallbacks.push(callback);
  }

  setTimeout(callback: () => void, ms?: number): number {
    return window.setTimeout(() => {
      if (!this.isInvalid) callback();
    }, ms);
  }

  setInterval(callback: () => void, ms?: number): number {
    const interval = window.setInterval(() => {
      if (!this.isInvalid) callback();
    }, ms);
    this.onInvalidated(() => clearInterval(interval));
    return interval;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    return requestAnimationFrame((time) => {
      if (!this.isInvalid) callback(time);
    });
  }

  /** As WXT's: the callback runs unless the context is already known to be invalid. */
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    return requestIdleCallback((deadline) => {
      if (!this.invalidated) callback(deadline);
    }, options);
  }

  addEventListener<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, listener as EventListener, options);
    this.onInvalidated(() => target.removeEventListener(type, listener as EventListener, options));
  }

  private invalidate(): void {
    this.invalidated = true;
    this.controller?.abort();
    // One failing clean-up must not stop the others (as with an AbortSignal's listeners).
    for (const callback of this.invalidatedCallbacks.splice(0)) {
      try {
        callback();
      } catch (error) {
        reportError(error);
      }
    }
  }
}
