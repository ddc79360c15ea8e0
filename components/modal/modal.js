(function () {
  "use strict";

  /* Modal: the buttons open and close the dialog through invoker commands (commandfor and command), with
     no script, in current browsers; Escape closes it, and the browser sends focus back to what had it.
     This script only focuses the button that opens the dialog first, so that focus goes back to it
     (Safari does not focus a button on click); does the buttons' work in browsers without invoker
     commands, focus included; and keeps a forced dialog open on Escape where the browser ignores
     closedby="none". */
  document.addEventListener("command", function (event) {
    if (event.command === "show-modal" && event.source && event.target.matches("[data-fd-modal]")) {
      event.source.focus();
    }
  }, true);

  if (!("commandForElement" in HTMLButtonElement.prototype)) {
    document.addEventListener("click", function (event) {
      var button = event.target instanceof Element && event.target.closest("button[commandfor]");
      var dialog = button && document.getElementById(button.getAttribute("commandfor"));
      if (!dialog || !dialog.matches("[data-fd-modal]")) return;
      if (button.getAttribute("command") === "close") {
        dialog.close();
      } else if (!dialog.open) {
        dialog.fdTrigger = button;
        dialog.showModal();
      }
    });
    /* Older browsers may leave focus nowhere when a dialog closes: send it back to the button. */
    document.addEventListener("close", function (event) {
      var trigger = event.target.fdTrigger;
      var active = document.activeElement;
      if (trigger && (!active || active === document.body || event.target.contains(active))) trigger.focus();
    }, true);
  }

  FrontDoor.start("[data-fd-modal-forced]", function (dialog) {
    dialog.addEventListener("cancel", function (event) { event.preventDefault(); });
  });
})();
