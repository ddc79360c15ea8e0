(function () {
  "use strict";

  /* Character count: as the person types, say how many characters are left or how many are too many.
     The messages come from the server, translated, one per plural category of the page's language
     (data-fd-remaining-one, data-fd-over-other, ...). The visible message changes at once; screen
     readers hear it through a polite live region once typing pauses. */
  var COUNT_PAUSE_MS = 1000;

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
    var text = shown ? FrontDoor.message(root, over ? "over" : "remaining", Math.abs(limit - length)) : root.fdLimitText;
    message.textContent = text;
    message.classList.toggle("fd-character-count__message--error", over);
    field.classList.toggle("fd-character-count__field--error", over);
    clearTimeout(root.fdCountTimer);
    if (announce && shown) {
      root.fdCountTimer = setTimeout(function () { status.textContent = text; }, COUNT_PAUSE_MS);
    }
  }

  FrontDoor.start("[data-fd-character-count]", function (root) {
    var message = root.querySelector("[data-fd-character-count-message]");
    root.fdLimitText = message ? message.textContent : "";
    updateCount(root, false);
  });

  document.addEventListener("input", function (event) {
    var root = event.target instanceof Element && event.target.closest("[data-fd-character-count]");
    if (root && event.target.tagName === "TEXTAREA") updateCount(root, true);
  });
})();
