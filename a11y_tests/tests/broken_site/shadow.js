// shadow-root.html: a search box drawn inside an open shadow root, with an image without alt text
// and a field without a label.
class ShelfSearch extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({mode: "open"});
    const picture = document.createElement("img");
    picture.src = "librarian.svg";
    picture.width = 80;
    picture.height = 80;
    const field = document.createElement("input");
    field.type = "text";
    field.name = "title";
    const paragraph = document.createElement("p");
    paragraph.append(field);
    root.append(picture, paragraph);
  }
}
customElements.define("fd-shelf-search", ShelfSearch);
