// The no-JavaScript check: run with the page's own scripts switched off. Needs helpers.js.

// Whether the main content shows, the controls that need JavaScript, and each form (with why it
// cannot be sent, if it cannot).
function fdWithoutScripts() {
  const main = document.querySelector('main, [role="main"]') || document.body;
  const facts = {content: null, controls: [], forms: []};
  if (!main) return facts;
  const hiddenMain = !fdShown(main);
  let text = 0;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || parent.closest('noscript, script, style, template') || !fdShown(parent)) continue;
    text += walker.currentNode.data.trim().length;
  }
  const MEDIA = 'img, svg, video, canvas, iframe, object, input, select, textarea';
  const media = Array.from(main.querySelectorAll(MEDIA)).some(fdShown);
  if (hiddenMain) {
    facts.content = fdNode(main, 'The main content is hidden when JavaScript is off');
  } else if (!text && !media) {
    facts.content = fdNode(main, 'The main content is empty when JavaScript is off');
  }

  const NATIVE = 'a[href], button, input, select, textarea, summary, details, label, option';
  const WIDGET_ROLES = ['button', 'link', 'tab', 'menuitem', 'switch', 'checkbox', 'radio', 'option',
    'combobox', 'slider', 'treeitem', 'menuitemcheckbox', 'menuitemradio', 'spinbutton'];
  const declarative = (el) => el.hasAttribute('popovertarget') || el.hasAttribute('commandfor');
  for (const el of document.querySelectorAll('button, input[type="button"], a[href], [role]')) {
    if (!fdShown(el) || el.matches(':disabled')) continue;
    let why = '';
    if (el.localName === 'button' || el.localName === 'input') {
      if (declarative(el)) continue;
      if (el.type === 'button') {
        why = `This ${el.localName} has type="button": it does nothing without JavaScript`;
      } else if (!el.form && (el.type === 'submit' || el.type === 'reset')) {
        why = 'This button is not in a form, so it does nothing without JavaScript';
      }
    } else if (el.localName === 'a' && el.hasAttribute('href')) {
      const href = el.getAttribute('href').trim();
      if (href === '#' || href === '') {
        why = `This link's address is "${href}": without JavaScript it only reloads or jumps to the top`;
      } else if (href.toLowerCase().startsWith('javascript:')) {
        why = 'This link runs JavaScript (a javascript: address)';
      }
    }
    if (!why && WIDGET_ROLES.includes((el.getAttribute('role') || '').trim()) && !el.matches(NATIVE)) {
      why = `This ${el.localName} has role="${el.getAttribute('role')}" but no behaviour without JavaScript`;
    }
    if (why) facts.controls.push(fdNode(el, why));
  }

  const BLOCKS_ENTER = ['text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week',
    'time', 'datetime-local', 'number'];
  Array.from(document.forms).forEach((form, index) => {
    if (!fdShown(form) || (form.getAttribute('method') || '').toLowerCase() === 'dialog') return;
    const elements = Array.from(form.elements);
    const submits = elements.filter((el) => (el.type === 'submit' || el.type === 'image') && !el.disabled
      && ['button', 'input'].includes(el.localName));
    let sameOrigin = false;
    try {
      sameOrigin = new URL(form.action, location.href).origin === location.origin;
    } catch (e) {
      sameOrigin = false;
    }
    facts.forms.push({index: index, sameOrigin: sameOrigin, node: fdNode(form, '')});
    if (submits.some(fdShown)) return;
    const fields = elements.filter((el) => el.localName === 'input' && BLOCKS_ENTER.includes(el.type));
    facts.forms[facts.forms.length - 1].noSubmit = submits.length
      ? 'The submit button of this form is hidden without JavaScript'
      : fields.length === 1
        ? 'This form has no submit button: it can be sent only by pressing Enter in its one field'
        : 'This form has no submit button, so it cannot be sent without JavaScript';
  });
  return facts;
}

// Send form number `index` as it is, with browser validation off, in this window; false if there is
// no such form. Leaves a mark on the old page, so fdAfterSubmit can tell when the answer has come.
function fdSubmitForm(index) {
  const form = document.forms[index];
  if (!form) return false;
  window.__fdBeforeSubmit = true;
  form.noValidate = true;
  form.removeAttribute('target');
  const submitter = Array.from(form.elements).find((el) => (el.type === 'submit' || el.type === 'image')
    && !el.disabled && ['button', 'input'].includes(el.localName));
  if (submitter) {
    submitter.removeAttribute('formtarget');
    form.requestSubmit(submitter);
  } else {
    form.requestSubmit();
  }
  return true;
}

// Once the answer to a sent form has loaded: its address and HTTP status; null before then.
function fdAfterSubmit() {
  if (window.__fdBeforeSubmit === true || document.readyState !== 'complete') return null;
  const entry = performance.getEntriesByType('navigation')[0];
  return {url: location.href, status: entry ? entry.responseStatus : 0};
}
