// The site's only script: the larger-text mode for older readers. Everything else works without
// JavaScript. The choice is kept in localStorage and applied before first paint by <head>.
(function () {
  "use strict";
  var key = "federation-text-size";
  var root = document.documentElement;
  document.querySelectorAll("[data-text-size]").forEach(function (button) {
    var show = function () {
      button.setAttribute("aria-pressed", root.classList.contains("large-text") ? "true" : "false");
    };
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var large = root.classList.toggle("large-text");
      try {
        if (large) { localStorage.setItem(key, "large"); } else { localStorage.removeItem(key); }
      } catch (e) {
        // Private browsing may refuse storage: the mode still applies to this page.
      }
      show();
    });
  });
})();
