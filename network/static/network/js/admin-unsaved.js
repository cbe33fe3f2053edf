// Warn before leaving an admin change form with unsaved edits.
// Loaded as a static file from the page's head (the admin's CSP allows no inline script).
(function () {
  "use strict";

  function watch() {
    const form = document.querySelector("#content-main form[id$='_form']");
    if (!form) {
      return;
    }
    let dirty = false;
    const markDirty = function (event) {
      // Typing in a selector's search box changes nothing that would be saved.
      if (event.target && event.target.closest && event.target.closest(".selector-filter")) {
        return;
      }
      dirty = true;
    };
    form.addEventListener("input", markDirty);
    form.addEventListener("change", markDirty);
    form.addEventListener("submit", function () {
      dirty = false;
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
