/* Front Door: small progressive enhancements. Every component works without this file.
   The bundle is this file, then the helpers the components' scripts call, each a file at the top of
   components/ named after it (start.js adds FrontDoor.start, message.js FrontDoor.message), then each
   component's own script (components/<name>/<name>.js). */
(function () {
  "use strict";

  /* Ignore a second click within a second on a button marked data-fd-prevent-double-click, so a form
     is sent once. */
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element && event.target.closest("[data-fd-prevent-double-click]");
    if (!button) return;
    var now = Date.now();
    if (now - (button.fdClickedAt || 0) < 1000) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    button.fdClickedAt = now;
  }, true);

  /* After htmx swaps content in, move focus where the browser's autofocus would have put it on a
     full page load: an error summary first, then any element marked autofocus. When a whole page was
     swapped in (a boosted form or link), focus its main heading instead, so that a screen reader reads
     the new page from its start, as it would after a page load. */
  document.addEventListener("htmx:after:settle", function (event) {
    var root = event.target instanceof Element ? event.target : document;
    var target = root.querySelector("[data-fd-error-summary][autofocus]") ||
      root.querySelector("[autofocus]:not(dialog:not([open]) *)"); /* not in a closed dialog */
    if (!target && root === document.body) {
      target = document.querySelector("main h1") || document.querySelector("main");
      if (target && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      window.scrollTo(0, 0);
    }
    if (target) target.focus();
  });

  window.FrontDoor = {};
})();
