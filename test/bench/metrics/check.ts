/** Tiny assertion helpers for the metric self-tests the bench runs at startup. */

export class SelfTestError extends Error {}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new SelfTestError(message);
}

export function near(actual: number, expected: number, message: string, epsilon = 1e-9): void {
  check(Math.abs(actual - expected) <= epsilon, `${message}: expected ${expected}, got ${actual}`);
}

export function same<T>(actual: T, expected: T, message: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${message}: expected ${e}, got ${a}`);
}
