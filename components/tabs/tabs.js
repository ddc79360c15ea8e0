(function () {
  "use strict";

  /* Tabs: in a window at least 40em wide (640 px at the usual text size), the contents list becomes a
     row of tabs and each section a tab panel, one shown at a time. The markup says what changes: each
     data-fd-set="name=value;..." becomes those attributes (the roles, aria-controls, aria-labelledby,
     the list's title hidden, the panels' headings hidden from view if asked). The tabs stay links to
     their panels: choosing one goes to its fragment (a history entry, so Back goes to the tab before),
     and the hashchange event shows its panel, which was hidden then, so the page does not scroll. Only
     the chosen tab is in the Tab order; the arrow keys (mirrored in right-to-left pages), Home and End
     choose another at once. In a narrower window, and without this script, the list of links and the
     headed sections stay as they are; when the window narrows or the page is zoomed in past that
     width, the tabs go back to them, and come back when it widens again. */
  FrontDoor.start("[data-fd-tabs]", function (root) {
    var wide = matchMedia("(min-width: 40em)");
    var list = root.querySelector("ul");
    var tabs = [...list.querySelectorAll("a")];
    var saved = []; /* [element, attribute, its value before, or null] for each attribute set */

    /* Show the panel of the URL's fragment, if it is one of these (when the page loads, the first if
       not). Going to a fragment takes focus off the tab: it goes back to the tab. */
    function choose(event) {
      var chosen = tabs.find((tab) => tab.hash == location.hash) || !event && tabs[0];
      if (!chosen || !root.isConnected || !wide.matches) return; /* htmx may have swapped these tabs out */
      tabs.forEach(function (tab) {
        var on = tab == chosen;
        tab.setAttribute("aria-selected", on);
        tab.tabIndex = on - 1; /* 0 for the chosen tab, -1 for the others */
        document.querySelector(tab.hash).hidden = !on; /* a plain id: the params allow no other */
      });
      if (event) chosen.focus();
    }

    function build() {
      root.querySelectorAll("[data-fd-set]").forEach(function (element) {
        element.getAttribute("data-fd-set").split(";").forEach(function (pair) {
          var [name, value] = pair.split("=");
          saved.push([element, name, element.getAttribute(name)]);
          element.setAttribute(name, value);
        });
      });
      choose();
    }

    function unbuild() {
      saved.reverse().forEach(function ([element, name, value]) {
        if (value == null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      });
      saved = [];
      tabs.forEach(function (tab) {
        tab.removeAttribute("aria-selected");
        tab.removeAttribute("tabindex");
        document.querySelector(tab.hash).hidden = false;
      });
    }

    /* The arrows step through the tabs, round from the last to the first; Home and End go to the first
       and the last (tabs.at(-1) is the last); Enter chooses the tab it is on. Only another tab's fragment
       is gone to: going to the chosen one's would scroll to its panel, which is shown (the CSS keeps
       clicks off the chosen tab for the same reason). */
    list.addEventListener("keydown", function (event) {
      var index = tabs.indexOf(event.target);
      var step = root.matches(":dir(rtl)") ? -1 : 1;
      /* No key with Alt (Alt and an arrow go back or forward in the browser's history) */
      var to = { ArrowRight: index + step, ArrowLeft: index - step, Home: 0, End: -1, Enter: index }[
        event.altKey || event.key
      ];
      if (to == null || !wide.matches) return;
      event.preventDefault();
      to = tabs.at(to) || tabs[0];
      if (to.tabIndex) location.hash = to.hash; /* tabIndex is 0 for the chosen tab only */
    });
    addEventListener("hashchange", choose);
    wide.addEventListener("change", function () {
      if (wide.matches) build();
      else unbuild();
    });
    if (wide.matches) build();
  });
})();
