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

  // The main menu is a <details> that folds on phones. From 60em it is a plain navigation bar:
  // CSS shows a closed <details>' content through ::details-content; where a browser cannot,
  // open the menu on wide screens here (without this file it stays a working "Menu" button).
  function keepWideMenuOpen() {
    var menu = document.querySelector(".site-menu");
    if (!menu || !window.matchMedia) return;
    if (window.CSS && CSS.supports && CSS.supports("selector(::details-content)")) return;
    var wide = window.matchMedia("(min-width: 60em)");
    function apply() {
      menu.open = wide.matches;
      menu.classList.toggle("site-menu--wide", wide.matches);
    }
    apply();
    if (wide.addEventListener) wide.addEventListener("change", apply);
  }

  // Escape closes the open phone menu and returns focus to its button.
  function closeMenuOnEscape(event) {
    if (event.key !== "Escape") return;
    var menu = document.querySelector(".site-menu[open]:not(.site-menu--wide)");
    if (menu && menu.contains(document.activeElement)) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  }

  document.addEventListener("DOMContentLoaded", focusErrorSummary);
  document.addEventListener("DOMContentLoaded", keepWideMenuOpen);
  document.addEventListener("keydown", closeMenuOnEscape);
  document.addEventListener("click", linkSummaryToFields);
})();
