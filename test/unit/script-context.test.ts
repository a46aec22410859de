/**
 * The content script's lean context (entrypoints/content/script-context.ts): once the extension
 * is gone (`runtime.id` undefined, as after an update or removal) the first look at `isInvalid`
 * runs the clean-up callbacks once (all of them, even after one throws), and nothing made
 * through the context runs again: timers, idle callbacks, animation frames, intervals and event
 * listeners. The end-to-end side (an orphaned script in Chromium) is test/e2e/orphaned.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '../../entrypoints/content/script-context';

/** Makes the extension look removed, as Chrome does for an orphaned content script. */
function removeExtension(): void {
  vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
}

describe('the content script context', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    ctx = new ContentScriptContext();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is valid while the extension is there, and runs nothing on its own', () => {
    const cleanUp = vi.fn();
    ctx.onInvalidated(cleanUp);
    expect(fakeBrowser.runtime.id).toBeTruthy();
    expect(ctx.isInvalid).toBe(false);
    expect(ctx.signal.aborted).toBe(false);
    expect(cleanUp).not.toHaveBeenCalled();
  });

  it('runs each clean-up once, when `isInvalid` first finds the extension gone', () => {
    const cleanUp = vi.fn();
    ctx.onInvalidated(cleanUp);
    const signal = ctx.signal;
    removeExtension();
    expect(cleanUp).not.toHaveBeenCalled();
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.isInvalid).toBe(true);
    expect(cleanUp).toHaveBeenCalledTimes(1);
    expect(signal.aborted).toBe(true);
    // Registered or asked for afterwards: at once, aborted.
    const late = vi.fn();
    ctx.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('runs every clean-up even when one throws, and reports the error', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (error: unknown) => reported.push(error));
    const failure = new Error('clean-up failed');
    const after = vi.fn();
    ctx.onInvalidated(() => {
      throw failure;
    });
    ctx.onInvalidated(after);
    removeExtension();
    expect(ctx.isInvalid).toBe(true);
    expect(after).toHaveBeenCalledTimes(1);
    expect(reported).toEqual([failure]);
  });

  it('drops timers, intervals and idle callbacks once the extension is gone', () => {
    vi.useFakeTimers();
    const timeout = vi.fn();
    const interval = vi.fn();
    ctx.setTimeout(timeout, 100);
    ctx.setInterval(interval, 100);
    vi.advanceTimersByTime(100);
    expect([timeout.mock.calls.length, interval.mock.calls.length]).toEqual([1, 1]);

    ctx.setTimeout(timeout, 100);
    removeExtension();
    vi.advanceTimersByTime(500);
    expect([timeout.mock.calls.length, interval.mock.calls.length]).toEqual([1, 1]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its event listeners when invalidated', () => {
    const seen: string[] = [];
    ctx.addEventListener(document, 'sl-test', (event: Event) => seen.push(event.type));
    ctx.addEventListener(window, 'sl-test-capture', () => seen.push('capture'), { capture: true });
    document.dispatchEvent(new Event('sl-test'));
    window.dispatchEvent(new Event('sl-test-capture'));
    removeExtension();
    expect(ctx.isInvalid).toBe(true);
    document.dispatchEvent(new Event('sl-test'));
    window.dispatchEvent(new Event('sl-test-capture'));
    expect(seen).toEqual(['sl-test', 'capture']);
  });

  it('skips an idle callback or animation frame that comes after the clean-up', async () => {
    // happy-dom has no idle callbacks: a browser's, run at the next task.
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 })));
    const idle = vi.fn();
    const frame = vi.fn();
    ctx.requestIdleCallback(idle);
    ctx.requestAnimationFrame(frame);
    removeExtension();
    expect(ctx.isInvalid).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(idle).not.toHaveBeenCalled();
    expect(frame).not.toHaveBeenCalled();
  });
});
