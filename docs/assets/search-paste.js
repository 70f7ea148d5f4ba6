// Pasted errors are full of JSON punctuation, and the search box reads some of it as query syntax
// (lunr's): quotes as phrase marks, which then require every word between them, stop words
// included, that the index does not hold ({"detail":"Not Found"} would find nothing); a colon as
// "search only this field" (`LocalProtocolError: Illegal header` searched a field named
// LocalProtocolError); ^ and ~ as boost and fuzziness. The index splits words at all of them
// anyway (mkdocs.yml, search separator), so they become spaces before the search reads the box.
// It reads on keyup; this listener runs first, in the capture phase.
const QUERY_SYNTAX = /[":^~]/g;

document.addEventListener("keyup", (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.matches(".md-search__input") && QUERY_SYNTAX.test(box.value)) {
    box.value = box.value.replace(QUERY_SYNTAX, " ");
  }
}, true);
