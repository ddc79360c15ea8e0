(function () {
  "use strict";

  /* Accordion: the text of each section's heading becomes a button inside the heading that opens and
     closes the section. A closed section's content is hidden "until found": find in page still finds
     its words, and the browser opens the section (the beforematch event). One more button, first, opens
     or closes every section; its words come from the page (data-fd-show-all, data-fd-hide-all). */
  FrontDoor.start("[data-fd-accordion]", function (root) {
    var all = document.createElement("button");
    var buttons = [];

    function show(button, open) {
      button.setAttribute("aria-expanded", button.fdOpen = open);
      button.fdContent.hidden = open ? false : "until-found";
      open = buttons.every(function (each) { return each.fdOpen; });
      all.setAttribute("aria-expanded", all.fdOpen = open);
      all.textContent = root.getAttribute(open ? "data-fd-hide-all" : "data-fd-show-all");
    }

    root.querySelectorAll(".fd-accordion__content").forEach(function (content) {
      var heading = content.parentNode.querySelector(".fd-accordion__heading");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "fd-accordion__button";
      button.setAttribute("aria-controls", content.id);
      button.fdContent = content;
      while (heading.firstChild) button.append(heading.firstChild);
      heading.append(button);
      buttons.push(button);
      button.addEventListener("click", function () { show(button, !button.fdOpen); });
      content.addEventListener("beforematch", function () { show(button, true); });
      show(button, content.hasAttribute("data-fd-expanded"));
    });
    all.type = "button";
    all.className = "fd-accordion__button";
    all.addEventListener("click", function () {
      var open = !all.fdOpen;
      buttons.forEach(function (button) { show(button, open); });
    });
    root.prepend(all);
  });
})();
