/* Front Door: small progressive enhancements. Every component works without this file.
   The bundle is this file, then each component's own script (components/<name>/<name>.js), which uses
   FrontDoor.start to enhance its elements on load and in every piece of content htmx swaps in. A helper
   several components share is a file at the top of components/ named after it (message.js adds
   FrontDoor.message), bundled only with the components whose scripts call it. */
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

  /* Run enhance(element) once for each element matching selector: now, and in content htmx swaps in. */
  var starters = [];

  function run(container, selector, enhance) {
    if (!container || !container.querySelectorAll) return;
    var found = Array.from(container.querySelectorAll(selector));
    if (container.matches && container.matches(selector)) found.unshift(container);
    found.forEach(function (element) {
      var started = element.fdStarted || (element.fdStarted = {});
      if (started[selector]) return;
      started[selector] = true;
      enhance(element);
    });
  }

  /* htmx (4.x) fires htmx:after:process for each piece of content it swaps in. */
  document.addEventListener("htmx:after:process", function (event) {
    starters.forEach(function (starter) { run(event.target, starter[0], starter[1]); });
  });

  window.FrontDoor = {
    start: function (selector, enhance) {
      starters.push([selector, enhance]);
      run(document, selector, enhance);
    }
  };
})();
