/** A partial analysis (the time cap stopped it on a very long page) says so in the card and the CLI. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SummaryCard } from '../../components/SummaryCard';
import { formatCard } from '../../lib/cli/format-card';
import { analyzeText } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { seedArticle } from './helpers/seed-article';

afterEach(cleanup);

function analysis(partial: boolean): Analysis {
  const text = '"We will keep working on this," said Orozobek Kayikov, the head of the office.';
  const base = analyzeText(text, { now: new Date('2026-11-28T00:00:00Z') });
  return { ...base, article: seedArticle({ text, wordCount: 14 }), partial };
}

const noop = (): void => undefined;
const card = (a: Analysis) =>
  render(<SummaryCard analysis={a} citationStyle="apa" onCitationStyleChange={noop} onCopyCitation={async () => undefined} onQuoteSelect={noop} />);

describe('partial analyses', () => {
  it('the card says the quotes come from the first part of the article', () => {
    card(analysis(true));
    expect(screen.getByTestId('state-partial').textContent).toMatch(/first part/);
  });

  it('a complete analysis shows no such notice', () => {
    card(analysis(false));
    expect(screen.queryByTestId('state-partial')).toBeNull();
  });

  it('the CLI card marks the quote line partial', () => {
    expect(formatCard(analysis(true))).toMatch(/partial/);
    expect(formatCard(analysis(false))).not.toMatch(/partial/);
  });
});
