// Application forms: progressive enhancements only; the forms work without this file.
(function () {
  "use strict";

  // After a failed attempt, move the focus to the list of problems, so that keyboard and
  // screen reader users start there; each entry links to its field.
  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  }

  // A link in the summary focuses its field, rather than only scrolling to it.
  function linkSummaryToFields() {
    document.querySelectorAll("[data-error-summary] a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var field = document.getElementById(link.getAttribute("href").slice(1));
        if (!field) {
          return;
        }
        event.preventDefault();
        var group = field.closest("fieldset");
        (group ? group.querySelector("legend") || field : field).scrollIntoView();
        field.focus();
      });
    });
  }

  // One click is enough: a slow connection does not invite a second application.
  function preventDoubleSending() {
    document.querySelectorAll("form.form").forEach(function (form) {
      form.addEventListener("submit", function () {
        var button = form.querySelector("[type=submit]");
        if (button) {
          window.setTimeout(function () { button.disabled = true; }, 0);
        }
      });
    });
  }

  function start() {
    focusErrorSummary();
    linkSummaryToFields();
    preventDoubleSending();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
