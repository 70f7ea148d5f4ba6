// Pasted errors are full of JSON punctuation, and the search box reads some of it as query syntax
// (lunr's): quotes as phrase marks, which then require every word between them, stop words
// included, that the index does not hold ({"detail":"Not Found"} would find nothing); a colon as
// "search only this field" (`LocalProtocolError: Illegal header` searched a field named
// LocalProtocolError); ^ and ~ as boost and fuzziness. The index splits words at all of them
// anyway (mkdocs.yml, search separator), so they become spaces before the search reads the box.
// The search also ends every word with a wildcard, so the article "a" (`is not a function`)
// matched every word starting with "a" in every page's tags; it is dropped once more words
// follow it (not while it is the word being typed).
// It reads on keyup; this listener runs first, in the capture phase.
const QUERY_SYNTAX = /[":^~]/g;
const ARTICLE = /(^|\s)a(?=\s+\S)/gi;

document.addEventListener("keyup", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement && box.matches(".md-search__input"))) return;
  const value = box.value.replace(QUERY_SYNTAX, " ").replace(ARTICLE, "$1");
  if (value !== box.value) box.value = value;
}, true);
