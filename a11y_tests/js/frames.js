// Frames for our checks beyond axe. Needs helpers.js.

// Each frame of this document (in the document and its open shadow roots): the element, its selector
// in this document, its title attribute, and whether it is shown.
function fdFrames() {
  const found = [];
  const recorder = window.__fdFocus;  // the keyboard check's recorder names each frame as an element
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === 'iframe' || el.localName === 'frame') {
        found.push({element: el, selector: fdSelector(el), title: el.getAttribute('title'),
                    shown: fdShown(el), node: fdNode(el, ''), recorded: recorder ? recorder.idOf(el) : -1});
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return found;
}

// Whether this frame shows the browser's error page (it refused to be framed or did not answer).
function fdFrameUnloaded() {
  return location.href.startsWith('chrome-error:') ? location.href : '';
}
