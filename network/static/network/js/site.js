// Progressive enhancements only: every page works without this file (strict CSP: no inline JS).
(function () {
  "use strict";

  // After a failed form submission, move focus to the error summary so keyboard and
  // screen-reader users start from the list of problems (role="alert" also announces it).
  function focusErrorSummary() {
    var summary = document.querySelector(".error-summary");
    if (summary) {
      if (!summary.hasAttribute("tabindex")) summary.setAttribute("tabindex", "-1");
      summary.focus();
    }
  }

  // A link in the summary focuses its field, not just scrolls to it.
  function linkSummaryToFields(event) {
    var link = event.target.closest(".error-summary a[href^='#']");
    if (!link) return;
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("DOMContentLoaded", focusErrorSummary);
  document.addEventListener("click", linkSummaryToFields);
})();
