// Frames for our checks beyond axe. Needs helpers.js.

// Each frame of this document (in the document and its open shadow roots): the element, its selector
// in this document, its title attribute, whether it is shown, and whether it is inert (nothing in it
// can take focus).
function fdFrames() {
  const found = [];
  const recorder = window.__fdFocus;  // the keyboard check's recorder names each frame as an element
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'iframe' || el.localName === 'frame') {
        found.push({element: el, selector: fdSelector(el), title: el.getAttribute('title'),
                    shown: fdShown(el), inert: el.closest('[inert]') !== null, node: fdNode(el, ''), recorded: recorder ? recorder.idOf(el) : -1});
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

// Make every lazy frame of this document load now (one far out of view still shows its first, empty
// document); returns how many were lazy. `fdFramesPending` then says how many have not loaded yet.
function fdFramesEager() {
  const lazy = fdFrames().map((f) => f.element).filter((el) => el.loading === 'lazy');
  for (const el of lazy) {
    el.__fdLoading = true;
    el.addEventListener('load', () => { el.__fdLoading = false; }, {once: true});
    el.loading = 'eager';
  }
  return lazy.length;
}

// How many frames made eager by `fdFramesEager` have not loaded yet.
function fdFramesPending() {
  return fdFrames().filter((f) => f.element.__fdLoading === true).length;
}

// Why this frame shows nothing to check: the browser's error page (it refused to be framed or did not
// answer), or still its first empty document (a lazy frame out of view); '' when its page is there.
function fdFrameUnloaded() {
  if (location.href.startsWith('chrome-error:')) {
    return `its page did not load: the browser shows its error page (${location.href})`;
  }
  const owner = window.frameElement;  // readable here: an empty document has its parent's origin
  const src = owner && owner.getAttribute('src');
  if (location.href === 'about:blank' && src && src.trim() && src.trim() !== 'about:blank') {
    return `its page has not loaded (loading="${owner.getAttribute('loading') || 'eager'}")`;
  }
  return '';
}
