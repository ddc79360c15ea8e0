/* Front Door: small progressive enhancements. Every component works without this file. */
(function () {
  "use strict";

  var WAIT_MS = 1000;

  /* Ignore a second click on a button marked data-fd-prevent-double-click, so a form is sent once. */
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element && event.target.closest("[data-fd-prevent-double-click]");
    if (!button) return;
    var last = Number(button.getAttribute("data-fd-clicked-at") || 0);
    var now = Date.now();
    if (now - last < WAIT_MS) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    button.setAttribute("data-fd-clicked-at", String(now));
  }, true);

  /* After htmx swaps content in, move focus where the browser's autofocus would have put it on a
     full page load: an error summary first, then any element marked autofocus. */
  document.addEventListener("htmx:afterSettle", function (event) {
    var root = event.target instanceof Element ? event.target : document;
    var target = root.querySelector("[data-fd-error-summary][autofocus]") || root.querySelector("[autofocus]");
    if (target) target.focus();
  });
})();
