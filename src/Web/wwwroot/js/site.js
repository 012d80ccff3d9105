// The site's only script, served as written: the larger-text mode for older readers, and titles
// offered while typing in a search box. Everything works without JavaScript.
(function () {
  "use strict";
  // Larger text: the choice is kept in localStorage and applied before first paint by <head>.
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

// Search suggestions: each input[data-suggest] becomes an editable combobox with a list of titles,
// as the ARIA 1.2 pattern has it (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). Focus stays
// in the input; arrow keys move the active option (aria-activedescendant), Enter opens it, Escape
// closes the list. Without a chosen option, Enter submits the form as before.
(function () {
  "use strict";
  var Delay = 150;

  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var id = input.id + "-suggestions";
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var options = [];
    var active = -1;
    var timer = 0;
    var asked = 0;
    var pending = null;

    list.id = id;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.dataset.suggestLabel || "");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.after(list, status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id);
    // The browser's own list of earlier entries would cover ours.
    input.setAttribute("autocomplete", "off");

    function choose(index) {
      active = index;
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
      } else {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      }
    }

    function open(shown) {
      list.hidden = !shown;
      input.setAttribute("aria-expanded", shown ? "true" : "false");
      if (!shown) { choose(-1); return; }
      // The list is wider than a header box: where it would run off the page, it hangs to the left instead.
      list.classList.remove("from-right");
      if (list.getBoundingClientRect().right > document.documentElement.clientWidth) { list.classList.add("from-right"); }
    }

    function show(suggestions) {
      list.textContent = "";
      options = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        var title = document.createElement("span");
        var section = document.createElement("span");
        option.id = id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = suggestion.url;
        title.textContent = suggestion.title;
        section.className = "section";
        section.textContent = suggestion.section;
        option.append(title, section);
        list.appendChild(option);
        return option;
      });
      choose(-1);
      open(options.length > 0);
      status.textContent = options.length ? (input.dataset.suggestStatus || "").replace("{0}", options.length) : "";
    }

    function ask() {
      var text = input.value.trim();
      var mine = ++asked;
      if (pending) { pending.abort(); }
      if (!text) { show([]); return; }
      pending = new AbortController();
      fetch(input.dataset.suggest + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" }, signal: pending.signal })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (answer) {
          // Only the answer to the latest text, and only while the reader is still in the box.
          if (mine === asked && document.activeElement === input) { show(answer.suggestions || []); }
        })
        .catch(function () {
          // Offline, or overtaken by newer typing: the form still works.
        });
    }

    // Forgets the titles asked for and not yet shown: after Escape, a late answer must not open the list again.
    function forget() {
      clearTimeout(timer);
      asked++;
      if (pending) { pending.abort(); pending = null; }
    }

    function go(option) {
      open(false);
      window.location.assign(option.dataset.url);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(ask, Delay);
    });

    input.addEventListener("keydown", function (event) {
      var count = options.length;
      switch (event.key) {
        case "ArrowDown":
        case "ArrowUp":
          if (!count) { return; }
          event.preventDefault();
          if (list.hidden) { open(true); }
          if (event.key === "ArrowDown") {
            choose(active + 1 < count ? active + 1 : 0);
          } else {
            choose(active > 0 ? active - 1 : count - 1);
          }
          break;
        case "Enter":
          if (!list.hidden && active >= 0) {
            event.preventDefault();
            go(options[active]);
          }
          break;
        case "Escape":
          forget();
          if (!list.hidden) {
            event.preventDefault();
            open(false);
          }
          break;
      }
    });

    input.addEventListener("blur", function () { open(false); });
    // Pressing on an option would take focus from the input, and the blur would close the list before the click.
    list.addEventListener("mousedown", function (event) { event.preventDefault(); });
    list.addEventListener("click", function (event) {
      var option = event.target.closest("[role=option]");
      if (option) { go(option); }
    });
  });
})();
