/**
 * The bench's own measuring code: its metric self-tests (hand-checked cases, also run at the
 * bench's start) and the reading of the GUM news speech attributions from the real CoNLL-U files.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGumAttributions } from '../bench/gum-attributions';
import { runMetricSelfTests } from '../bench/metrics/selftest';
import { REPO_ROOT } from './helpers/fixtures';

const DATA = path.resolve(process.env.SOURCELIGHT_DATA ?? path.join(REPO_ROOT, '../shared/data'));

describe('bench metrics', () => {
  it('pass their hand-checked self-tests', () => {
    expect(runMetricSelfTests()).toBeGreaterThan(0);
  });

  it('read the GUM news texts as written, with their speech attributions', () => {
    const texts = loadGumAttributions(DATA);
    expect(texts).toHaveLength(24);
    const defector = texts.find((t) => t.id === 'gum/GUM_news_defector')!;
    expect(defector.text.startsWith('Scientology defector arrested after attempting to leave organization\n\nSaturday, October 9, 2010\n\n')).toBe(true);
    // Written as on the page: no space before "'s" (persons.jsonl has one).
    expect(defector.text).toContain("the LA Sheriff's office");
    const said = defector.attributions.map((a) => [defector.text.slice(a.source.start, a.source.end), defector.text.slice(a.content.start, a.content.end)]);
    expect(said).toContainEqual(['Whitmore stated', 'Montalvo left Scientology-related employment in Los Angeles on September 24.']);
    // Beliefs are no speech: none of the kept attributing units is "… believes".
    expect(texts.flatMap((t) => t.attributions.map((a) => t.text.slice(a.source.start, a.source.end))).some((s) => /\bbelieves?\b/.test(s) && !/\bsaid\b/.test(s))).toBe(false);
    expect(texts.reduce((n, t) => n + t.attributions.length, 0)).toBe(144);
  });
});
