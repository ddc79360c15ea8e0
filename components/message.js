(function () {
  "use strict";

  /* The message for the number n in the page's language, from the element's translated attributes, one
     per plural category (data-fd-<kind>-one, data-fd-<kind>-other...), with %(num)s replaced. */
  FrontDoor.message = function (element, kind, n) {
    var lang = document.documentElement.getAttribute("lang") || "en";
    var category = "other";
    var number = String(n);
    try {
      category = new Intl.PluralRules(lang).select(n);
      number = new Intl.NumberFormat(lang).format(n);
    } catch (error) { /* an unknown language: keep "other" and plain digits */ }
    /* Russian has no "other" for whole numbers; "many" is its general plural. */
    var text = element.getAttribute("data-fd-" + kind + "-" + category) ||
      element.getAttribute("data-fd-" + kind + "-other") || element.getAttribute("data-fd-" + kind + "-many") || "";
    return text.split("%(num)s").join(number);
  };
})();
