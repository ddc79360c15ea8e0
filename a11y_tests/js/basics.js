// The page basics check: what the page says about itself. Needs helpers.js.

// The title, language, h1s, headings in order, main landmarks, banners and footers, and page-level
// elements whose id or class says header or footer.
function fdPageFacts() {
  const doc = document.documentElement;
  const levelOf = (el) => {
    const aria = parseInt(el.getAttribute('aria-level') || '', 10);
    if (aria > 0) return aria;
    return /^h[1-6]$/.test(el.localName) ? parseInt(el.localName[1], 10) : 2;
  };
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]'))
    .filter(fdShown).map((el) => ({node: fdNode(el, ''), level: levelOf(el)}));
  const SCOPED = 'article, aside, main, nav, section, [role="article"], [role="complementary"], '
    + '[role="main"], [role="navigation"], [role="region"]';
  const pageLevel = (el) => !el.parentElement || !el.parentElement.closest(SCOPED);
  const landmark = (tag, role) => Array.from(document.querySelectorAll(`${tag}, [role="${role}"]`))
    .filter((el) => fdShown(el) && (el.getAttribute('role') === role
      || (el.localName === tag && !el.hasAttribute('role') && pageLevel(el))));
  const looksLike = (words) => {
    const pattern = new RegExp(`(^|[-_])(${words})$`, 'i');
    return Array.from(document.querySelectorAll('body > *, body > * > *, body > * > * > *')).filter((el) => {
      if (!pageLevel(el) || !fdShown(el)) return false;
      if (el.closest('header, footer, [role="banner"], [role="contentinfo"]')) return false;
      const tokens = [el.id, ...el.classList].filter(Boolean);
      return tokens.some((t) => pattern.test(t));
    }).map((el) => fdNode(el, ''));
  };
  const title = document.querySelector('title');
  return {
    title: document.title,
    titleNode: fdNode(title || doc, ''),
    host: location.host,
    hostname: location.hostname,
    url: location.href,
    lang: doc.getAttribute('lang'),
    htmlNode: fdNode(doc, ''),
    bodyNode: fdNode(document.body || doc, ''),
    h1s: headings.filter((h) => h.level === 1).map((h) => h.node),
    headings: headings,
    mains: landmark('main', 'main').map((el) => fdNode(el, '')),
    banners: landmark('header', 'banner').length,
    contentinfos: landmark('footer', 'contentinfo').length,
    headerLike: looksLike('header|masthead'),
    footerLike: looksLike('footer'),
  };
}


// What a framed document says about itself: its language.
function fdFrameFacts() {
  const doc = document.documentElement;
  return {lang: doc.getAttribute('lang'), htmlNode: fdNode(doc, '')};
}
