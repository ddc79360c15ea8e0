(function () {
  "use strict";

  /* Exit this page: the link works alone. This script hides the page at once and puts the safe page in
     place of this one in the browser's history, so Back does not return here. Pressing Shift 3 times
     within 5 seconds does the same; a hidden live region says how many presses are left. A Shift
     pressed with another key (Shift+Tab, a capital letter) does not count. */
  var presses = 0;
  var alone = false;

  function exit(root) {
    document.body.classList.add("fd-exit-this-page--exiting");
    window.location.replace(root.querySelector("a").href);
  }

  FrontDoor.start("[data-fd-exit-this-page]", function (root) {
    root.querySelector("a").addEventListener("click", function (event) {
      event.preventDefault();
      exit(root);
    });
  });

  document.addEventListener("keydown", function (event) {
    alone = event.key === "Shift" && !event.repeat;
  });

  document.addEventListener("keyup", function (event) {
    var root = document.querySelector("[data-fd-exit-this-page]");
    if (event.key !== "Shift" || !alone || !root) return;
    alone = false;
    var status = root.querySelector("[data-fd-exit-this-page-status]");
    if (++presses === 3) return exit(root);
    if (presses === 1) {
      setTimeout(function () { presses = 0; status.textContent = ""; }, 5000);
    }
    status.textContent = FrontDoor.message(root, "presses", 3 - presses);
  });
})();
