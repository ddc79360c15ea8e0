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
     full page load: an error summary first, then any element marked autofocus. When a whole page was
     swapped in (a boosted form or link), focus its main heading instead, so that a screen reader reads
     the new page from its start, as it would after a page load. */
  document.addEventListener("htmx:after:settle", function (event) {
    var root = event.target instanceof Element ? event.target : document;
    var target = root.querySelector("[data-fd-error-summary][autofocus]") || root.querySelector("[autofocus]");
    if (!target && root === document.body) {
      target = document.querySelector("main h1") || document.querySelector("main");
      if (target && !target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      window.scrollTo(0, 0);
    }
    if (target) target.focus();
  });

  /* Character count: as the person types, say how many characters are left or how many are too many.
     The messages come from the server, translated, one per plural category of the page's language
     (data-fd-remaining-one, data-fd-over-other, ...). The visible message changes at once; screen
     readers hear it through a polite live region once typing pauses. */
  var COUNT_PAUSE_MS = 1000;

  function pageLanguage() {
    return document.documentElement.getAttribute("lang") || "en";
  }

  function countMessage(root, kind, n) {
    var lang = pageLanguage();
    var category = "other";
    var number = String(n);
    try {
      category = new Intl.PluralRules(lang).select(n);
      number = new Intl.NumberFormat(lang).format(n);
    } catch (error) { /* an unknown language: keep "other" and plain digits */ }
    /* Russian has no "other" for whole numbers; "many" is its general plural. */
    var text = root.getAttribute("data-fd-" + kind + "-" + category) ||
      root.getAttribute("data-fd-" + kind + "-other") || root.getAttribute("data-fd-" + kind + "-many") || "";
    return text.split("%(num)s").join(number);
  }

  function characterLength(text) {
    /* Characters as people see them, and as Python's len() counts them: a pair of UTF-16 surrogates is one. */
    return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "_").length;
  }

  function updateCount(root, announce) {
    var field = root.querySelector("textarea");
    var message = root.querySelector("[data-fd-character-count-message]");
    var status = root.querySelector("[data-fd-character-count-status]");
    if (!field || !message || !status) return;
    var limit = Number(root.getAttribute("data-fd-limit"));
    var threshold = Number(root.getAttribute("data-fd-threshold") || 0);
    var length = characterLength(field.value);
    var over = length > limit;
    var shown = length >= limit * threshold / 100;
    var text = shown ? countMessage(root, over ? "over" : "remaining", Math.abs(limit - length)) : root.fdLimitText;
    message.textContent = text;
    message.classList.toggle("fd-character-count__message--error", over);
    field.classList.toggle("fd-character-count__field--error", over);
    clearTimeout(root.fdCountTimer);
    if (announce && shown) {
      root.fdCountTimer = setTimeout(function () { status.textContent = text; }, COUNT_PAUSE_MS);
    }
  }

  function startCounts(container) {
    if (!container || !container.querySelectorAll) return;
    var roots = Array.prototype.slice.call(container.querySelectorAll("[data-fd-character-count]"));
    if (container.matches && container.matches("[data-fd-character-count]")) roots.push(container);
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      if (root.fdLimitText !== undefined) continue;
      var message = root.querySelector("[data-fd-character-count-message]");
      root.fdLimitText = message ? message.textContent : "";
      updateCount(root, false);
    }
  }

  document.addEventListener("input", function (event) {
    var root = event.target instanceof Element && event.target.closest("[data-fd-character-count]");
    if (root && event.target.tagName === "TEXTAREA") updateCount(root, true);
  });
  /* Timeout warning: the dialog opens some minutes before the session ends; "Continue" (or Escape)
     keeps the session going in the background; when the time is up, the browser goes to the page that
     says so. One warning runs at a time: a page swapped in by htmx starts its own. */
  var timeout = null;

  function startTimeout(container) {
    if (timeout && !timeout.root.isConnected) { timeout.stop(); timeout = null; }
    if (!container || !container.querySelector) return;
    var root = container.matches && container.matches("[data-fd-timeout-warning]") ?
      container : container.querySelector("[data-fd-timeout-warning]");
    if (!root || root.fdTimeout) return;
    var dialog = root.querySelector("dialog");
    var button = root.querySelector("[data-fd-timeout-continue]");
    var left = root.querySelector("[data-fd-timeout-left]");
    if (!dialog || !button || !left || typeof dialog.showModal !== "function") return;
    if (timeout) timeout.stop();
    var minutes = Number(root.getAttribute("data-fd-minutes"));
    var warning = Number(root.getAttribute("data-fd-warning-minutes"));
    var ended = root.getAttribute("data-fd-ended-url");
    var extend = root.getAttribute("data-fd-extend-url");
    var timers = [];
    var end = 0;

    function stop() {
      timers.forEach(function (timer) { clearTimeout(timer); clearInterval(timer); });
      timers = [];
    }
    function update() {
      var minutesLeft = Math.max(1, Math.ceil((end - Date.now()) / 60000));
      left.textContent = countMessage(root, "left", minutesLeft);
    }
    function open() {
      update();
      if (!dialog.open) dialog.showModal();
      timers.push(setInterval(update, 15000));
    }
    function schedule() {
      stop();
      end = Date.now() + minutes * 60000;
      timers.push(setTimeout(open, Math.max(0, (minutes - warning) * 60000)));
      timers.push(setTimeout(function () { window.location.assign(ended); }, minutes * 60000));
    }
    function keepGoing() {
      var fields = new URLSearchParams();
      root.querySelectorAll("input[type=hidden]").forEach(function (input) { fields.append(input.name, input.value); });
      fetch(extend, {
        method: "POST",
        body: fields,
        credentials: "same-origin",
        headers: { "Accept": "text/html" }
      }).then(function (response) {
        if (!response.ok) { window.location.assign(ended); return; }
        if (dialog.open) dialog.close();
        schedule();
      }, function () { /* offline: keep the dialog open, the person can try again */ });
    }

    button.addEventListener("click", keepGoing);
    dialog.addEventListener("cancel", function (event) { event.preventDefault(); keepGoing(); });
    root.fdTimeout = { stop: stop, root: root };
    timeout = root.fdTimeout;
    schedule();
  }

  /* htmx (4.x) fires htmx:after:process for each piece of content it swaps in. */
  document.addEventListener("htmx:after:process", function (event) {
    startCounts(event.target);
    startTimeout(event.target);
  });
  startCounts(document);
  startTimeout(document);
})();
