/**
 * Outlets as readers name them, by host: a page's own `og:site_name` is often a code name
 * ("detroitnews", "Hosted", "HeraldSun") or drops "The". Written for this project from the
 * outlets' own mastheads; extend freely. A host matches itself and its subdomains; a key with a
 * path ("yahoo.com/news") names the outlet behind that first path segment of the host, and wins
 * over the host alone: Yahoo News lives at www.yahoo.com/news/… as well as news.yahoo.com.
 */
const OUTLETS: Record<string, string> = {
  'nytimes.com': 'The New York Times',
  'washingtonpost.com': 'The Washington Post',
  'wsj.com': 'The Wall Street Journal',
  'latimes.com': 'Los Angeles Times',
  'usatoday.com': 'USA Today',
  'chicagotribune.com': 'Chicago Tribune',
  'bostonglobe.com': 'The Boston Globe',
  'seattletimes.com': 'The Seattle Times',
  'detroitnews.com': 'The Detroit News',
  'freep.com': 'Detroit Free Press',
  'chron.com': 'Houston Chronicle',
  'sfchronicle.com': 'San Francisco Chronicle',
  'nypost.com': 'New York Post',
  'newsday.com': 'Newsday',
  'miamiherald.com': 'Miami Herald',
  'dallasnews.com': 'The Dallas Morning News',
  'ap.org': 'Associated Press',
  'apnews.com': 'Associated Press',
  'reuters.com': 'Reuters',
  'bloomberg.com': 'Bloomberg',
  'cnn.com': 'CNN',
  'money.cnn.com': 'CNNMoney',
  'nbcnews.com': 'NBC News',
  'cbsnews.com': 'CBS News',
  'abcnews.go.com': 'ABC News',
  'foxnews.com': 'Fox News',
  'npr.org': 'NPR',
  'politico.com': 'Politico',
  'thehill.com': 'The Hill',
  'axios.com': 'Axios',
  'vox.com': 'Vox',
  'buzzfeed.com': 'BuzzFeed News',
  'buzzfeednews.com': 'BuzzFeed News',
  'huffpost.com': 'HuffPost',
  'theatlantic.com': 'The Atlantic',
  'newyorker.com': 'The New Yorker',
  'time.com': 'Time',
  'forbes.com': 'Forbes',
  'businessinsider.com': 'Business Insider',
  'cnbc.com': 'CNBC',
  'venturebeat.com': 'VentureBeat',
  'theverge.com': 'The Verge',
  'wired.com': 'Wired',
  'techcrunch.com': 'TechCrunch',
  'arstechnica.com': 'Ars Technica',
  'breitbart.com': 'Breitbart',
  'bbc.com': 'BBC News',
  'bbc.co.uk': 'BBC News',
  'theguardian.com': 'The Guardian',
  'telegraph.co.uk': 'The Telegraph',
  'independent.co.uk': 'The Independent',
  'thetimes.co.uk': 'The Times',
  'ft.com': 'Financial Times',
  'economist.com': 'The Economist',
  'dailymail.co.uk': 'Daily Mail',
  'news.sky.com': 'Sky News',
  'aljazeera.com': 'Al Jazeera',
  'albawaba.com': 'Al Bawaba',
  'jpost.com': 'The Jerusalem Post',
  'haaretz.com': 'Haaretz',
  'timesofisrael.com': 'The Times of Israel',
  'heraldsun.com.au': 'Herald Sun',
  'smh.com.au': 'The Sydney Morning Herald',
  'abc.net.au': 'ABC News',
  'theglobeandmail.com': 'The Globe and Mail',
  'cbc.ca': 'CBC News',
  'thestar.com': 'Toronto Star',
  'scmp.com': 'South China Morning Post',
  'straitstimes.com': 'The Straits Times',
  'japantimes.co.jp': 'The Japan Times',
  'thehindu.com': 'The Hindu',
  'hindustantimes.com': 'Hindustan Times',
  'timesofindia.indiatimes.com': 'The Times of India',
  'deccanherald.com': 'Deccan Herald',
  'dw.com': 'DW',
  'france24.com': 'France 24',
  'trend.az': 'Trend',
  'news.yahoo.com': 'Yahoo News',
  'yahoo.com/news': 'Yahoo News',
  'yahoo.com': 'Yahoo',
  'crn.com': 'CRN',
};

/** The outlet's name for a page URL, or null when the host is not in the table. */
export function outletForUrl(url: string | null): string | null {
  if (!url) return null;
  let host: string;
  let section: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    section = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
  } catch {
    return null;
  }
  // The longest matching suffix wins: money.cnn.com before cnn.com; with its section first.
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const name = (section && OUTLETS[`${h}/${section}`]) || OUTLETS[h];
    if (name) return name;
  }
  return null;
}
