/* The demo site's own enhancements: the gallery's filter box filters as you type, and code samples
   get a copy button. Without this file the filter works through the form, and the code can be selected. */
(function () {
  "use strict";

  FrontDoor.start("[data-demo-filter=q]", function (field) {
    var count = document.querySelector("[data-demo-filter=count]");
    var items = document.querySelectorAll("[data-demo-words]");
    field.addEventListener("input", function () {
      var words = field.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute("data-demo-words");
        item.hidden = !words.every(function (word) { return text.indexOf(word) !== -1; });
        if (!item.hidden) shown += 1;
      });
      if (count) count.textContent = FrontDoor.message(count, "shown", shown);
    });
  });

  FrontDoor.start("[data-demo-copy]", function (button) {
    var code = button.previousElementSibling;
    var status = document.querySelector("[data-demo-copy-status]");
    if (!code || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        if (status) {
          status.textContent = "";
          status.textContent = button.getAttribute("data-demo-copy");
        }
      });
    });
  });
})();
