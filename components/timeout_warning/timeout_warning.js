(function () {
  "use strict";

  /* Timeout warning: the dialog opens some minutes before the session ends; "Continue" (or Escape)
     keeps the session going in the background; when the time is up, the browser goes to the page that
     says so. One warning runs at a time: a page swapped in by htmx starts its own. */
  var timeout = null;

  document.addEventListener("htmx:after:process", function () {
    if (timeout && !timeout.root.isConnected) { timeout.stop(); timeout = null; }
  });

  FrontDoor.start("[data-fd-timeout-warning]", function (root) {
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
      left.textContent = FrontDoor.message(root, "left", minutesLeft);
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
  });
})();
