// needs-js.html: the page's content exists only once this script has drawn it.
const app = document.getElementById("app");
const heading = document.createElement("h1");
heading.textContent = "Your loans";
const text = document.createElement("p");
text.textContent = "You have 3 books on loan. They are due back on 12 March.";
app.append(heading, text);

const renew = document.getElementById("renew-all");
renew.addEventListener("click", () => {
  document.getElementById("renew-status").textContent = "All loans renewed until 26 March.";
});
