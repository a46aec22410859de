/** The hover card: its data from an Analysis, the DOM view, and the shadow-root host. */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hoverCardData } from '../../components/hover-card/card-data';
import { renderHoverCard } from '../../components/hover-card/HoverCard';
import { CARD_HOST_TAG, ShadowCard } from '../../components/hover-card/shadow-card';
import { analyze } from '../../lib/analyze';
import { parseHtml } from '../../lib/dom/parse-html';
import type { Analysis, Quote } from '../../lib/types';
import { NOW, readFixture } from './helpers/fixtures';

let seed: Analysis;
beforeAll(() => {
  seed = analyze(parseHtml(readFixture('seed/trend-itu-cybercrime.html')).document, { now: NOW });
});
afterEach(() => document.body.replaceChildren());

/** The card in the page's body, where `screen` queries look. */
const render = (card: HTMLElement): void => void document.body.append(card);

const quoteWith = (text: string): Quote => seed.quotes.find((q) => q.text.includes(text))!;

describe('hoverCardData', () => {
  it('names the resolved speaker, title, kind, cue and how the speaker was found', () => {
    const data = hoverCardData(seed, quoteWith('The resolution addresses'));
    expect(data).toMatchObject({ speakerName: 'Orozobek Kayikov', kind: 'direct', kindLabel: 'direct', cue: 'said', resolution: 'surname' });
    expect(data.speakerTitle).toMatch(/head of the zonal office/);
    expect(data.resolutionNote).toMatch(/surname/);
  });

  it('calls reported speech "reported", and a pronoun a pronoun', () => {
    const data = hoverCardData(seed, quoteWith('It marked the decisions'));
    expect(data.kindLabel).toBe('reported');
    expect(data.resolution).toBe('pronoun');
    expect(data.speakerName).toBe('Orozobek Kayikov');
  });

  it('an unnamed source and a quote without a speaker are said as such', () => {
    const base = quoteWith('The resolution addresses');
    const anonymous: Quote = { ...base, speaker: { ...base.speaker!, name: null, anonymous: true, personId: null, title: 'officials', resolution: 'anonymous' } };
    expect(hoverCardData(seed, anonymous)).toMatchObject({ speakerName: null, anonymous: true, speakerTitle: 'officials', resolutionNote: 'Unnamed source' });
    expect(hoverCardData(seed, { ...base, speaker: null, cue: null })).toMatchObject({ speakerName: null, resolution: null, resolutionNote: 'No speaker found' });
  });

  it('an organisation found through "the company" or "it" is not called a person', () => {
    const base = quoteWith('The resolution addresses');
    const company: Quote = { ...base, speaker: { ...base.speaker!, name: 'WeWork', personId: null, title: null, resolution: 'role' } };
    expect(hoverCardData(seed, company)).toMatchObject({ speakerName: 'WeWork', resolutionNote: 'Referred to by description; resolved to the organisation the story names' });
    const it: Quote = { ...base, speaker: { ...base.speaker!, name: 'Food Standards Agency', personId: null, title: null, resolution: 'pronoun' } };
    expect(hoverCardData(seed, it).resolutionNote).toMatch(/organisation last named/);
    const nobody: Quote = { ...base, speaker: { ...base.speaker!, name: null, personId: null, title: null, resolution: 'pronoun' } };
    expect(hoverCardData(seed, nobody).resolutionNote).toBe('Referred to by a pronoun; no one named before it');
    // A person found by role keeps the person's note.
    expect(hoverCardData(seed, { ...base, speaker: { ...base.speaker!, resolution: 'role' } }).resolutionNote).toMatch(/person the story names/);
  });
});

describe('renderHoverCard', () => {
  it('renders the data and reports the copy result', async () => {
    const onCopy = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('no'));
    render(renderHoverCard(document, hoverCardData(seed, quoteWith('The resolution addresses')), onCopy));
    expect(screen.getByTestId('hover-speaker').textContent).toBe('Orozobek Kayikov');
    expect(screen.getByTestId('hover-kind').textContent).toBe('direct');
    expect(screen.getByTestId('hover-cue').textContent).toBe('“said”');
    fireEvent.click(screen.getByTestId('hover-copy'));
    await waitFor(() => expect(screen.getByTestId('hover-copy-status').textContent).toBe('Copied'));
    fireEvent.click(screen.getByTestId('hover-copy'));
    await waitFor(() => expect(screen.getByTestId('hover-copy-status').textContent).toBe('Couldn’t copy'));
  });

  it('an unnamed source without a title has no title line', () => {
    const base = quoteWith('The resolution addresses');
    const data = hoverCardData(seed, { ...base, speaker: { ...base.speaker!, name: null, anonymous: true, personId: null, title: null, resolution: 'anonymous' } });
    render(renderHoverCard(document, data, () => Promise.resolve()));
    expect(screen.getByTestId('hover-speaker').textContent).toBe('Unnamed source');
    expect(screen.queryByTestId('hover-title')).toBeNull();
  });
});

describe('ShadowCard', () => {
  it('adds one host under <html> only when shown, renders inside its shadow root, and removes it', () => {
    const card = new ShadowCard(document);
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    const rect = new DOMRect(10, 10, 200, 40);
    card.show(hoverCardData(seed, quoteWith('The resolution addresses')), () => Promise.resolve(), { quote: rect, line: rect });
    const host = document.querySelector(CARD_HOST_TAG)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect((host as HTMLElement).style.cssText).toMatch(/all: initial/);
    expect(host.shadowRoot!.querySelector('[data-testid="hover-speaker"]')!.textContent).toBe('Orozobek Kayikov');
    // Nothing of the card is in the page's own tree.
    expect(document.body.querySelector('[data-testid="hover-card"]')).toBeNull();
    expect(card.isOpen).toBe(true);
    card.hide();
    expect(card.isOpen).toBe(false);
    card.destroy();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });

  it('takes out a card host left by an earlier copy of the script (Firefox, after an update)', () => {
    const leftover = document.documentElement.appendChild(document.createElement(CARD_HOST_TAG));
    const card = new ShadowCard(document);
    const rect = new DOMRect(10, 10, 200, 40);
    card.show(hoverCardData(seed, quoteWith('The resolution addresses')), () => Promise.resolve(), { quote: rect, line: rect });
    const hosts = document.getElementsByTagName(CARD_HOST_TAG);
    expect(hosts.length).toBe(1);
    expect(hosts[0]).not.toBe(leftover);
    expect(hosts[0]!.shadowRoot!.querySelector('[data-testid="hover-speaker"]')).not.toBeNull();
    card.destroy();
  });
});
