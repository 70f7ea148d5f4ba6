// Pasted errors are full of JSON punctuation, and the search box reads some of it as query syntax
// (lunr's): quotes as phrase marks, which then require every word between them, stop words
// included, that the index does not hold ({"detail":"Not Found"} would find nothing); a colon as
// "search only this field" (`LocalProtocolError: Illegal header` searched a field named
// LocalProtocolError); ^ and ~ as boost and fuzziness. The index splits words at all of them
// anyway (mkdocs.yml, search separator), so they become spaces in the box.
// The search also ends every word with a wildcard, so a stop word, which the index never holds,
// matched every word it begins instead: "a" every tag starting with "a", "to" every "tool", "in"
// every "invalid". Once a word follows them (not while one is the word being typed) they are
// left out of what the search reads, but not out of the box: the search reads it on keyup, this
// listener takes them out first (capture phase), and the reader's words are put back once the
// search has read them (bubble phase), so what they type never changes under their fingers.
const QUERY_SYNTAX = /[":^~]/g;
const STOP_WORDS = "a|an|and|are|as|at|be|by|can|do|does|for|from|how|i|if|in|into|is|it|its|my|of|on|or|the|this|to|was|what|when|why|with";
const STOP_WORD = new RegExp(`(^|\\s)(?:${STOP_WORDS})(?=\\s+\\S)`, "gi");
let typed = null;

document.addEventListener("keyup", (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement && box.matches(".md-search__input"))) return;
  box.value = box.value.replace(QUERY_SYNTAX, " ");
  // Twice: a match takes the space before the next stop word ("how to fix" loses both).
  const query = box.value.replace(STOP_WORD, "$1").replace(STOP_WORD, "$1");
  if (query !== box.value) {
    typed = box.value;
    box.value = query;
  }
}, true);

document.addEventListener("keyup", (event) => {
  if (typed !== null && event.target instanceof HTMLInputElement) event.target.value = typed;
  typed = null;
});
