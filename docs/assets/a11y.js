// Names for markup that Material's own script adds, so that axe-core finds no violation:
// - each code block gets a <nav class="md-code__nav"> (its copy button) with no name: several
//   unnamed navigation landmarks on one page cannot be told apart (landmark-unique);
// - a table wider than the page scrolls in a wrapper that a keyboard cannot reach
//   (scrollable-region-focusable).
// Material adds both whenever it mounts a page (on load and on every instant navigation), so one
// observer of the body covers every page; setting attributes does not trigger it again.
function labelMarkup() {
  document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
    const label = `Code block ${index + 1}`;
    if (nav.getAttribute("aria-label") !== label) nav.setAttribute("aria-label", label);
  });
  document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach((wrap) => {
    wrap.setAttribute("tabindex", "0");
  });
}

new MutationObserver(labelMarkup).observe(document.body, { childList: true, subtree: true });
labelMarkup();
