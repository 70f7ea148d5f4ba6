// Pasted errors are full of double quotes (JSON bodies). The search box reads quotes as phrase
// marks and then requires every word between them, stop words included, which the index does not
// hold: {"detail":"Not Found"} would find nothing. So quotes become spaces before the search
// reads the box (it reads on keyup; this listener runs first, in the capture phase).
document.addEventListener("keyup", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches(".md-search__input") && box.value.includes('"')) {
    box.value = box.value.replace(/"/g, " ");
  }
}, true);
