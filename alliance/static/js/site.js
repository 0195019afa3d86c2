// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";

  // Protected e-mail addresses (see home/templatetags/site_frame.py): the markup holds
  // the address reversed and base64-encoded; here it becomes a real mailto: link.
  function revealEmailAddresses() {
    document.querySelectorAll("[data-protected-email]").forEach(function (element) {
      var address;
      try {
        address = atob(element.getAttribute("data-protected-email")).split("").reverse().join("");
      } catch (error) {
        return; // leave the readable words in place
      }
      var link = document.createElement("a");
      link.href = "mailto:" + address;
      link.textContent = address;
      link.className = "protected-email protected-email--link";
      element.replaceWith(link);
    });
  }

  // The language list (a <details>): Escape closes it and gives the focus back to its
  // button; it closes when the focus or a click goes elsewhere, as a menu does.
  function closeOnEscapeAndFocusLeaving() {
    document.querySelectorAll(".language-switcher__details").forEach(function (details) {
      var summary = details.querySelector("summary");
      details.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && details.open) {
          details.open = false;
          summary.focus();
          event.preventDefault();
        }
      });
      details.addEventListener("focusout", function (event) {
        if (details.open && event.relatedTarget && !details.contains(event.relatedTarget)) {
          details.open = false;
        }
      });
      document.addEventListener("click", function (event) {
        if (details.open && !details.contains(event.target)) {
          details.open = false;
        }
      });
    });
  }

  function enhance() {
    revealEmailAddresses();
    closeOnEscapeAndFocusLeaving();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
