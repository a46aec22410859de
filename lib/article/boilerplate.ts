/**
 * What is not the story. Each list says what it catches; all are matched against an element's
 * `class` and `id` joined, or against a block's own text.
 */

/** Containers whose name says they hold page furniture: navigation, share bars, related lists,
 * comments, ads, newsletter boxes, captions. (Readability's UNLIKELY_CANDIDATES, trimmed and
 * extended with what news sites use: "latest", "most-read", "trending", "follow".) */
export const UNLIKELY_NAMES =
  /-ad-|\bads?\b|advert|banner|breadcrumb|combx|comment|community|cookie|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup|promo|share|sharing|subscribe|newsletter|signup|tags?\b|tag-?list|latest|most-?read|popular|trending|recommend|outbrain|taboola|widget|masthead|toolbar|pagination|pager|byline|author-?(?:info|bio|box)|caption|credit|read-?more|more-?(?:stories|news)|also-?read|next-?article|prev-?article/i;

/** Names that rescue a container UNLIKELY_NAMES caught: the story itself often sits in
 * `main-content` or `article-body` beside a `sidebar` class. */
export const LIKELY_NAMES = /and|article|body|column|content|main|shadow|story|entry|post|text|blog/i;

/** Posts embedded in the story (tweets, Instagram posts) are story even in a "social" wrapper
 * (`social-media-embed`, scrapinghub/3f65af7b6b98); galleries and video embeds are not. */
export const EMBEDDED_POST_NAMES = /twitter|tweet|instagram|tiktok|social-?media-?embed/i;

/** Names that add to a candidate's score (Readability's POSITIVE). */
export const POSITIVE_NAMES = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;

/** Names that subtract from a candidate's score (Readability's NEGATIVE, plus news furniture). */
export const NEGATIVE_NAMES =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|latest|most-?read|trending|newsletter|subscribe|social/i;

/** Elements never part of the story text. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS',
  // Not FORM: ASP.NET sites wrap the whole page in one (scrapinghub/42aad16bde92, aljazeera).
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'FOOTER', 'HEADER',
  'FIGCAPTION', 'MENU', 'DIALOG', 'HEAD', 'TITLE', 'META', 'LINK', 'MAP', 'AUDIO', 'VIDEO',
  'PICTURE', 'IMG', 'H1',
]);

/** ARIA roles of page furniture. */
export const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'dialog', 'alert', 'search', 'toolbar']);

/**
 * Whole blocks of text that are furniture even inside the story container, e.g.
 * "Follow the author on Twitter: @h_veliyev" (seed), "Tags:", "Share this article",
 * "Read more: …", "Advertisement", "Sign up for our newsletter", a lone "--" separator.
 */
export const BOILERPLATE_BLOCK =
  /^(?:[-–—_*=~•·]+|follow (?:the author|us|me)\b.*|tags?(?::|\s*$|\s[^.!?]*,).*|share (?:this|on)\b.*|read (?:more|also|next)\b.*|related(?: (?:articles?|stories|coverage|content))?:?.*|see also:?.*|advert(?:isement)?s?|sponsored|(?:sign up|subscribe)\b.*newsletter.*|click here\b.*|copyright\b.*|©.*|all rights reserved.*|(?:photo|image|video|credit)s?(?::.*)?|follow @\w+|this (?:article|story) (?:was|has been) (?:updated|corrected)\b.{0,60}|latest|(?:image|photo|slide|picture)\s+\d+\s+(?:of|\/)\s+\d+|\d+\s*shares?|sharing is caring!?|(?:first\s+)?(?:published|updated|posted)(?:\s+on)?:?\s+.{0,40}\d{4}.{0,20}|this (?:document|material) (?:is subject to copyright|may not be (?:published|reproduced))\b.*|email\s.{0,80}@\S+.*|join (?:our|the)\s.{0,40}(?:forums?|community|discussion)\b.*)$/i;

/**
 * How every line BOILERPLATE_BLOCK matches begins, in lower case: one of these is the start of each
 * of its alternatives. A line that begins otherwise cannot match, and is not tested: compiling that
 * pattern costs a fresh tab a millisecond (a tenth of its whole article read), and a story's
 * paragraphs ("The minister said…") seldom begin like furniture. Add the opening of each
 * alternative added there.
 */
export const BOILERPLATE_OPENINGS = [
  ...'-–—_*=~•·', '©', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
  'follow ', 'tag', 'share ', 'read ', 'related', 'see also', 'advert', 'sponsored', 'sign up', 'subscribe',
  'click here', 'copyright', 'all rights reserved', 'photo', 'image', 'video', 'credit', 'this article ',
  'this story ', 'this document ', 'this material ', 'latest', 'slide', 'picture', 'sharing is caring',
  'first', 'published', 'updated', 'posted', 'email', 'join ',
];

/** The marks of BOILERPLATE_BLOCK's separator lines ("---", "•••"), its only alternative that begins
 * with one: a line that begins with one is furniture only if it is made of them. */
export const SEPARATOR_MARKS = '-–—_*=~•·';

/** Block-level elements: each starts a new paragraph of `article.text`. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'H2', 'H3', 'H4', 'H5',
  'H6', 'ADDRESS', 'CENTER', 'DETAILS', 'SUMMARY', 'HR',
]);

/**
 * Headings that open the page furniture after a story: related and recommended lists, comment
 * sections ("Top stories", "Você pode gostar...", "Most popular in the section", "Tell us what YOU
 * think", "Самые популярные …"). Everything from such a heading on is not the story, once the
 * story has been told (see body.ts).
 */
export const AFTER_STORY_HEADING =
  /^(?:(?:top|more|latest|related|recommended|popular|trending|other|partner|sponsored|similar)\s+(?:stories|news|articles|posts|reads|videos|content)|(?:most|more)\s+(?:popular|read|viewed|shared)\b.*|you (?:may|might) (?:also )?like.*|explore further|recommended(?: for you)?|related(?: articles| posts| stories| content| coverage)?|read (?:more|next|also)|see also|also read|comments?|\d+\s+comments?|leave a (?:comment|reply)|tell us what you think.*|join the (?:conversation|discussion)|what do you think\??|você (?:pode|também pode) gostar.*|leia (?:também|mais)|veja também|notícias relacionadas|artículos relacionados|te puede interesar|lee también|à lire aussi|sur le même sujet|weitere artikel|das könnte sie auch interessieren|самые популярные.*|читайте также|похожие (?:статьи|новости)|добавить (?:отзыв|комментарий))[.:…!]*$/i;

/**
 * How every heading AFTER_STORY_HEADING matches begins, when it begins with an ASCII character: in
 * lower case, up to the first letter beyond ASCII ("você" → "voc"). Headings that begin with any
 * other character (Russian, "à lire aussi") are always tested. As BOILERPLATE_OPENINGS, this spares
 * a fresh tab compiling the pattern for the short paragraphs of a story; keep it in step.
 */
export const AFTER_STORY_OPENINGS = [
  'top', 'more', 'latest', 'related', 'recommended', 'popular', 'trending', 'other', 'partner', 'sponsored', 'similar',
  'most', 'you ', 'explore further', 'read ', 'see also', 'also read', 'comment', '0', '1', '2', '3', '4', '5', '6', '7',
  '8', '9', 'leave a ', 'tell us what you think', 'join the ', 'what do you think', 'voc', 'leia ', 'veja tamb', 'not',
  'art', 'te puede', 'lee tamb', 'sur le m', 'weitere artikel', 'das k',
];

/** Newsletter and subscription pitches anywhere in a short block: "There's plenty more where
 * that came from. Sign up for The Water Coolest today to get the free daily newsletter…". */
export const NEWSLETTER_PITCH = /\b(?:sign up|subscribe)\b.{0,120}\bnewsletter\b|\bnewsletter\b.{0,80}\b(?:sign up|subscribe)\b/i;
