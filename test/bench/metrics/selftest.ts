/** Runs every metric self-test; the bench calls this first and stops if a metric is wrong. */
import { selftestGumAttributions, selftestLetters, selftestMetadata, selftestNames, selftestPeople, selftestQuotes } from './attribution.selftest';
import { selftestShingles } from './shingles.selftest';

export function runMetricSelfTests(): number {
  const tests = [selftestShingles, selftestLetters, selftestNames, selftestQuotes, selftestGumAttributions, selftestMetadata, selftestPeople];
  for (const test of tests) test();
  return tests.length;
}
