// The rich-text editor's toolbar in the admin's language. django-prose-editor passes its
// dialogs through gettext but gives its toolbar buttons fixed English titles ("bold",
// "heading 2"…); they are translated here from the admin's JavaScript catalogue.
(function () {
  "use strict";
  const gettext = window.gettext || function (text) { return text; };
  const interpolate = window.interpolate || function (format, args) {
    return format.replace("%s", args[0]);
  };

  function translated(text) {
    const heading = /^heading (\d)$/.exec(text);
    return heading ? interpolate(gettext("heading %s"), [heading[1]]) : gettext(text);
  }

  function translateButtons(root) {
    root.querySelectorAll(".prose-menubar__button").forEach(function (button) {
      if (button.dataset.translated) {
        return;
      }
      ["title", "aria-label"].forEach(function (name) {
        const text = button.getAttribute(name);
        if (text) {
          button.setAttribute(name, translated(text));
        }
      });
      button.dataset.translated = "1";
    });
  }

  function start() {
    translateButtons(document);
    // Editors start after the page (and again for each inline added): watch for toolbars.
    new MutationObserver(function () {
      translateButtons(document);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
