// keyboard-trap.html: whenever focus leaves the search field, send it straight back.
const field = document.getElementById("trap");
field.addEventListener("blur", () => {
  window.setTimeout(() => field.focus(), 0);
});
