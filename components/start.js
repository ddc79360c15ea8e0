(function () {
  "use strict";

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

  FrontDoor.start = function (selector, enhance) {
    starters.push([selector, enhance]);
    run(document, selector, enhance);
  };
})();
