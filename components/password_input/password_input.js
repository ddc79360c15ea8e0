(function () {
  "use strict";

  /* Password input: a button that shows the password as text and hides it again. The button and its
     words, in the page's language, come with the page; the script only shows it. Screen readers hear
     the change through a polite live region. The password is hidden again when the form is sent. */
  FrontDoor.start("[data-fd-password-input]", function (root) {
    var input = root.querySelector("input");
    var button = root.querySelector("button");
    var word = root.querySelector("[data-fd-password-input-word]");
    var status = root.querySelector("[data-fd-password-input-status]");
    if (!input || !button || !word || !status) return;

    function show(visible) {
      input.type = visible ? "text" : "password";
      word.textContent = root.getAttribute(visible ? "data-fd-hide" : "data-fd-show");
      status.textContent = root.getAttribute(visible ? "data-fd-visible" : "data-fd-hidden");
    }

    button.hidden = false;
    button.addEventListener("click", function () { show(input.type === "password"); });
    if (input.form) {
      input.form.addEventListener("submit", function () { if (input.type !== "password") show(false); });
    }
  });
})();
