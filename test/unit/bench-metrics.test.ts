/**
 * The bench's own measuring code: its metric self-tests (hand-checked cases, also run at the
 * bench's start) and the reading of the GUM news speech attributions from the real CoNLL-U files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGumAttributions, parseGumAttributions } from '../bench/gum-attributions';
import { runMetricSelfTests } from '../bench/metrics/selftest';
import { REPO_ROOT } from './helpers/fixtures';

const DATA = path.resolve(process.env.SOURCELIGHT_DATA ?? path.join(REPO_ROOT, '../shared/data'));

describe('bench metrics', () => {
  it('pass their hand-checked self-tests', () => {
    expect(runMetricSelfTests()).toBeGreaterThan(0);
  });

  it('read a GUM news text as written, with its speech attributions (test/fixtures/gum)', () => {
    const conllu = readFileSync(path.join(REPO_ROOT, 'test/fixtures/gum/GUM_news_defector.conllu'), 'utf8');
    const defector = parseGumAttributions('gum/GUM_news_defector', conllu);
    expect(defector.text.startsWith('Scientology defector arrested after attempting to leave organization\n\nSaturday, October 9, 2010\n\n')).toBe(true);
    // Written as on the page: no space before "'s" (persons.jsonl has one).
    expect(defector.text).toContain("the LA Sheriff's office");
    const said = defector.attributions.map((a) => [defector.text.slice(a.source.start, a.source.end), defector.text.slice(a.content.start, a.content.end)]);
    expect(said).toContainEqual(['Whitmore stated', 'Montalvo left Scientology-related employment in Los Angeles on September 24.']);
    // Beliefs and perceptions are no speech: every kept attributing unit holds a speech cue.
    expect(defector.attributions.length).toBeGreaterThan(5);
    expect(said.every(([source]) => /\b(?:said|says|stated|told|wrote|reported|claimed|revealed|according|explained|added|noted|announced|described|alleged|denied|confirmed|declared|asked|commented|responded|argued|warned|suggested|admitted|tells|writes|reports|claims|states)\b/i.test(source!))).toBe(true);
  });

  it.runIf(existsSync(path.join(DATA, 'gum-news')))('reads all 24 GUM news texts of the shared data (144 speech attributions)', () => {
    const texts = loadGumAttributions(DATA);
    expect(texts).toHaveLength(24);
    expect(texts.reduce((n, t) => n + t.attributions.length, 0)).toBe(144);
  });
});
