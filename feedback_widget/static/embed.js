/* Front Door feedback widget, embed script for sites not on Python. No build step; ES2017.
   <script src="https://agency.example/feedback/embed.js" data-touchpoint="demo-benefits" defer></script>
   Script tag: data-touchpoint (required); data-mode: "button" (default: a fixed Feedback button opens a
   <dialog>), "inline" (inside data-target) or "bind" (the site's button data-target opens the dialog);
   data-target: a CSS selector; data-locale (default: <html lang>); data-api (default: this script's origin).

   The widget sits in an open shadow root styled by {api}/feedback/embed.css (a <link>) and a constructed
   stylesheet: no inline style or script, no eval, so a strict CSP is fine and the host's CSS stays out.
   GET {api}/api/feedback/{touchpoint}/widget?lang={locale} gives the <form>; we read from it (translated
   by the server, English if absent): data-fd-thanks, data-fd-offline (kept until back online),
   data-fd-failed (refused: 429, 413, 403, 5xx), data-fd-error-title ("There is a problem"),
   data-fd-error-prefix ("Error:"), data-fd-open (the Feedback button), data-fd-close (the dialog's close
   button), data-fd-title (the dialog's name); and the hidden fd_locale input for lang and dir.
   Submit: POST {api}/api/feedback/{touchpoint}, header Idempotency-Key, JSON {"answers": {name: value,
   or [values] for checkboxes}, "locale", "page_url" (no query)}; empty text, hidden inputs and fd_* fields
   are left out. A 422 {"errors": {name: message}} shows by each field and in a summary. Offline, the
   submission (with its key, so a retry is stored once) waits in localStorage until the "online" event
   or the next page load; a 429 or 5xx leaves it queued for a retry after Retry-After or a growing wait. */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var QUEUE = "frontdoor-feedback-queue-v1";
  var data = script.dataset;
  var touchpoint = data.touchpoint;
  var mode = data.mode || "button";
  var locale = data.locale || document.documentElement.getAttribute("lang") || "en";
  var api = (data.api || new URL(script.src, location.href).origin).replace(/\/+$/, "");
  var endpoint = api + "/api/feedback/" + encodeURIComponent(touchpoint || "");
  var shared = window.frontdoorFeedback || (window.frontdoorFeedback = {});
  var SHEET = ":host{all:initial;display:block;font:var(--fd-font-size-m)/var(--fd-line-height) var(--fd-font-family);" +
    "color:var(--fd-color-text);overflow-wrap:break-word}" +
    ".fd-embed-launch{position:fixed;bottom:1rem;inset-inline-end:1rem;z-index:2147483000;margin:0}" +
    "dialog{width:min(40rem,calc(100% - 2rem));max-height:calc(100% - 2rem);box-sizing:border-box;" +
    "padding:1.5rem;border:2px solid;background:#fff;color:inherit}" +
    "dialog::backdrop{background:rgba(0,0,0,.6)}.fd-embed-close{float:inline-end;margin:0 0 1rem 1rem}";

  function make(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var name in attrs || {}) node.setAttribute(name, attrs[name]);
    if (text) node.textContent = text;
    return node;
  }

  function say(form, name, english) {
    return form.getAttribute("data-fd-" + name) || english;
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === "x" ? r : (r & 3 | 8)).toString(16);
    });
  }

  /* The offline queue: [{url, key, body}], shared by every widget on the host page's origin. */
  function readQueue() {
    try { return JSON.parse(localStorage.getItem(QUEUE)) || []; } catch (error) { return []; }
  }

  function writeQueue(queue) {
    try {
      if (queue.length) localStorage.setItem(QUEUE, JSON.stringify(queue));
      else localStorage.removeItem(QUEUE);
    } catch (error) { /* storage full or blocked: nothing more we can do */ }
  }

  function post(url, key, body) {
    return fetch(url, {
      method: "POST", credentials: "omit", body: body,
      headers: {"Content-Type": "application/json", "Accept": "application/json", "Idempotency-Key": key}
    });
  }

  function flush() {
    if (shared.flushing || navigator.onLine === false) return;
    var queue = readQueue();
    if (!queue.length) return;
    shared.flushing = true;
    var item = queue[0];
    post(item.url, item.key, item.body).then(function (response) {
      /* Sent, or refused for good (a 4xx other than 429): either way it leaves the queue. */
      var done = response.status < 500 && response.status !== 429;
      shared.flushing = false;
      if (!done) return later(+response.headers.get("Retry-After"));
      shared.wait = 0;
      writeQueue(readQueue().filter(function (other) { return other.key !== item.key; }));
      (shared.sent || []).forEach(function (callback) { callback(item.key); });
      flush();
    }, function () { shared.flushing = false; later(); });
  }

  /* Try the queue again later: after Retry-After, else waiting twice as long each time (up to 10 minutes). */
  function later(seconds) {
    shared.wait = Math.min(seconds || 2 * (shared.wait || 15), 600);
    clearTimeout(shared.timer);
    shared.timer = setTimeout(flush, shared.wait * 1000);
  }

  function collect(form) {
    var body = {answers: {}, locale: locale, page_url: location.href.split(/[?#]/)[0]};
    new FormData(form).forEach(function (value, name) {
      var field = form.querySelector("[name=\"" + CSS.escape(name) + "\"]");
      if (typeof value !== "string" || /^fd_/.test(name) || (field && field.type === "hidden")) return;
      var answers = body.answers;
      if (field && field.type === "checkbox") (answers[name] = answers[name] || []).push(value);
      else if (value !== "") answers[name] = value;
    });
    return JSON.stringify(body);
  }

  function clearErrors(form) {
    var old = form.querySelectorAll(".fd-embed-error, .fd-error-summary");
    for (var i = 0; i < old.length; i++) old[i].remove();
    var groups = form.querySelectorAll(".fd-embed-invalid");
    for (var j = 0; j < groups.length; j++) groups[j].classList.remove("fd-form-group--error", "fd-embed-invalid");
  }

  function showErrors(form, errors) {
    var list = make("ul", {"class": "fd-error-summary__list"});
    var summary = make("div", {"class": "fd-error-summary", role: "alert", tabindex: "-1", "aria-labelledby": "fd-embed-summary-title"});
    var body = make("div", {"class": "fd-error-summary__body"});
    summary.append(make("h2", {"class": "fd-error-summary__title", id: "fd-embed-summary-title"}, say(form, "error-title", "There is a problem")), body);
    body.append(list);
    Object.keys(errors).forEach(function (name) {
      var text = String(errors[name]);
      var field = form.querySelector("[name=\"" + CSS.escape(name) + "\"]:not([type=hidden])");
      var item = make("li", {"class": "fd-error-summary__item"});
      list.append(item);
      if (!field) return item.append(text);
      if (!field.id) field.id = "fd-embed-field-" + name;
      item.append(make("a", {"class": "fd-error-summary__link", href: "#" + field.id}, text));
      var id = "fd-embed-error-" + name;
      var message = make("p", {"class": "fd-error-message fd-embed-error", id: id});
      message.append(make("span", {"class": "fd-visually-hidden"}, say(form, "error-prefix", "Error:")), " " + text);
      var group = field.closest(".fd-form-group");
      if (group) group.classList.add("fd-form-group--error", "fd-embed-invalid");
      var before = field.closest(".fd-radios, .fd-checkboxes") || field;
      before.before(message);
      var described = field.closest("fieldset") || field;
      var ids = (described.getAttribute("aria-describedby") || "").split(" ").filter(function (x) { return x && x !== id; });
      described.setAttribute("aria-describedby", ids.concat(id).join(" "));
    });
    form.prepend(summary);
    summary.focus();
  }

  function replaceWith(form, text) {
    var message = make("p", {"class": "fd-body fd-embed-status", role: "status", tabindex: "-1"}, text);
    form.replaceWith(message);
    message.focus();
    return message;
  }

  function sendForm(form) {
    if (form.fdBusy) return;
    var key = form.fdKey || (form.fdKey = uuid());
    var body = collect(form);
    function keep() {
      var queue = readQueue();
      if (!queue.some(function (item) { return item.key === key; })) queue.push({url: endpoint, key: key, body: body});
      writeQueue(queue);
      var message = replaceWith(form, say(form, "offline", "You are offline. Your feedback will be sent when you are back online."));
      (shared.sent = shared.sent || []).push(function (sentKey) {
        if (sentKey === key) message.textContent = say(form, "thanks", "Thank you for your feedback.");
      });
    }
    if (navigator.onLine === false) return keep();
    form.fdBusy = true;
    post(endpoint, key, body).then(function (response) {
      form.fdBusy = false;
      if (response.ok) return replaceWith(form, say(form, "thanks", "Thank you for your feedback."));
      return response.json().catch(function () { return {}; }).then(function (result) {
        /* 422: per field; 429, 413, 403: {"errors": {"rate" | "body" | "origin": message}}, shown in the summary. */
        clearErrors(form);
        showErrors(form, result.errors || {"": say(form, "failed", "Sorry, your feedback could not be sent. Please try again later.")});
      });
    }, function () {
      form.fdBusy = false;
      keep();
    });
  }

  function render(root, container, parsed) {
    root.adoptedStyleSheets = [shared.sheet];
    root.append(make("link", {rel: "stylesheet", href: api + "/feedback/embed.css"}));
    container.append.apply(container, Array.from(parsed.body.childNodes));
    var form = container.querySelector("form");
    if (!form) throw new Error("Front Door feedback: the widget for " + touchpoint + " has no <form>");
    form.noValidate = true;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      sendForm(form);
    });
    /* Links in the error summary point into the shadow root, which the page's #hash cannot reach. */
    root.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href^='#']");
      var target = link && root.getElementById(link.getAttribute("href").slice(1));
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.scrollIntoView({block: "center"});
    });
    return form;
  }

  function host(parent, parsed) {
    var given = parsed.querySelector("[name=fd_locale]");
    var lang = (given ? given.value : locale).replace(/_/g, "-");
    var node = make("div", {"class": "fd-embed", "data-touchpoint": touchpoint, lang: lang, dir: /^(ar|fa|he|ur)\b/.test(lang) ? "rtl" : "ltr"});
    parent.append(node);
    return node.attachShadow({mode: "open"});
  }

  function dialog(root, parsed, opener, label) {
    var box = make("dialog", {"class": "fd-embed-dialog", "aria-label": label});
    var close = make("button", {type: "button", "class": "fd-button fd-button--secondary fd-embed-close"}, label);
    box.append(close);
    root.append(box);
    var form = render(root, box, parsed);
    close.textContent = say(form, "close", "Close");
    box.setAttribute("aria-label", say(form, "title", label));
    close.addEventListener("click", function () { box.close(); });
    box.addEventListener("close", function () { opener.focus(); });
    opener.setAttribute("aria-haspopup", "dialog");
    opener.addEventListener("click", function (event) {
      event.preventDefault();
      if (!box.open) box.showModal();
    });
  }

  function start(html) {
    var parsed = new DOMParser().parseFromString(html, "text/html");
    var form = parsed.querySelector("form") || parsed.body;
    var target = data.target && document.querySelector(data.target);
    if (mode !== "button" && !target) throw new Error("Front Door feedback: nothing matches data-target " + data.target);
    if (mode === "inline") {
      var root = host(target, parsed);
      return render(root, root, parsed);
    }
    if (mode === "bind") return dialog(host(document.body, parsed), parsed, target, target.textContent.trim());
    var shadow = host(document.body, parsed);
    var button = make("button", {type: "button", "class": "fd-button fd-embed-launch"}, say(form, "open", "Feedback"));
    shadow.append(button);
    dialog(shadow, parsed, button, button.textContent);
  }

  if (!touchpoint) throw new Error("Front Door feedback: the script tag needs data-touchpoint");
  if (!shared.sheet) {
    shared.sheet = new CSSStyleSheet();
    shared.sheet.replaceSync(SHEET);
    window.addEventListener("online", flush);
  }
  flush();
  fetch(endpoint + "/widget?lang=" + encodeURIComponent(locale), {credentials: "omit"})
    .then(function (response) {
      if (!response.ok) throw new Error("Front Door feedback: the widget for " + touchpoint + " answered " + response.status);
      return response.text();
    })
    .then(start);
})();
