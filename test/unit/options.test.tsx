/** The options page: its view over settings, and the adapter storing each change. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsView } from '../../components/OptionsView';
import { OptionsApp } from '../../entrypoints/options/App';
import { CITATION_STYLES } from '../../lib/cite';
import { getSettings, setSiteEnabled } from '../../utils/settings';
import { defaultSettings } from '../../utils/settings-schema';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderView(settings = defaultSettings()) {
  const props = {
    onCitationStyleChange: vi.fn(),
    onHighlightColorChange: vi.fn(),
    onHighlightColorsReset: vi.fn(),
    onSiteRemove: vi.fn(),
    onGlobalToggle: vi.fn(),
  };
  render(<OptionsView settings={settings} {...props} />);
  return props;
}

describe('OptionsView', () => {
  it('says plainly that nothing leaves the browser, even while loading', () => {
    render(
      <OptionsView settings={null} onCitationStyleChange={vi.fn()} onHighlightColorChange={vi.fn()} onHighlightColorsReset={vi.fn()} onSiteRemove={vi.fn()} onGlobalToggle={vi.fn()} />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    expect(screen.getByTestId('options-privacy').textContent).toMatch(/^Nothing leaves your browser\./);
  });

  it('offers every citation style as the default', () => {
    const { onCitationStyleChange } = renderView();
    const select = screen.getByLabelText('Default citation style') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(CITATION_STYLES.map((s) => s.id));
    fireEvent.change(select, { target: { value: 'harvard' } });
    expect(onCitationStyleChange).toHaveBeenCalledWith('harvard');
  });

  it('shows a colour input per kind of highlight, labelled', () => {
    const { onHighlightColorChange, onHighlightColorsReset } = renderView();
    const quote = screen.getByLabelText(/Direct quotes/) as HTMLInputElement;
    expect(quote.type).toBe('color');
    expect(quote.value).toBe('#ffc800');
    expect((screen.getByLabelText(/Speakers and officials/) as HTMLInputElement).value).toBe('#3c8cff');
    fireEvent.change(quote, { target: { value: '#00aa00' } });
    expect(onHighlightColorChange).toHaveBeenCalledWith('quote', '#00aa00');
    fireEvent.click(screen.getByRole('button', { name: 'Reset colours' }));
    expect(onHighlightColorsReset).toHaveBeenCalled();
  });

  it('lists the sites turned off, each with a remove button', () => {
    const { onSiteRemove } = renderView({ ...defaultSettings(), disabledSites: ['nytimes.com', 'en.trend.az'] });
    const items = within(screen.getByTestId('options-sites')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.site__host')!.textContent)).toEqual(['nytimes.com', 'en.trend.az']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn highlights back on for en.trend.az' }));
    expect(onSiteRemove).toHaveBeenCalledWith('en.trend.az');
  });

  it('says when no site is turned off', () => {
    renderView();
    expect(screen.getByTestId('options-no-sites')).toBeTruthy();
  });
});

describe('OptionsApp', () => {
  it('stores the style, a colour, the global switch and a removed site', async () => {
    await setSiteEnabled('nytimes.com', false);
    render(<OptionsApp />);
    fireEvent.change(await screen.findByLabelText('Default citation style'), { target: { value: 'ieee' } });
    await waitFor(async () => expect((await getSettings()).citationStyle).toBe('ieee'));

    fireEvent.change(screen.getByLabelText(/Reported speech/), { target: { value: '#123456' } });
    await waitFor(async () => expect((await getSettings()).highlightColors.reported).toBe('#123456'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset colours' }));
    await waitFor(async () => expect((await getSettings()).highlightColors).toEqual(defaultSettings().highlightColors));

    fireEvent.click(screen.getByTestId('options-global'));
    await waitFor(async () => expect((await getSettings()).highlightsEnabled).toBe(false));

    fireEvent.click(await screen.findByRole('button', { name: 'Turn highlights back on for nytimes.com' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
    await screen.findByTestId('options-no-sites');
  });
});
