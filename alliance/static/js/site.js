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

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", revealEmailAddresses);
  } else {
    revealEmailAddresses();
  }
})();
