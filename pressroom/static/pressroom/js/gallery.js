/* Gallery viewer: each grid photo opens full size in a modal <dialog>; the
   arrow keys move between photos (in the reading direction: on a right-to-left
   page the left arrow goes forward), Home/End jump, Escape closes and focus
   returns to the photo it came from. Without JavaScript each photo is a plain
   link to its full-size file. */
(function () {
  "use strict";

  var PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

  function localDigits(text) {
    var lang = (document.documentElement.lang || "").toLowerCase();
    if (lang !== "fa-af" && lang !== "ps") {
      return text;
    }
    return String(text).replace(/[0-9]/g, function (digit) {
      return PERSIAN_DIGITS[Number(digit)];
    });
  }

  function setUp(grid) {
    var dialog = document.getElementById("gallery-lightbox");
    if (!dialog || typeof dialog.showModal !== "function") {
      return;
    }
    var links = Array.prototype.slice.call(grid.querySelectorAll(".gallery-grid__link"));
    var image = dialog.querySelector(".lightbox__image");
    var caption = dialog.querySelector(".lightbox__caption");
    var position = dialog.querySelector(".lightbox__position");
    var template = dialog.getAttribute("data-position-template") || "{current} / {total}";
    var rtl = document.documentElement.dir === "rtl";
    var current = 0;

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumb = link.querySelector("img");
      image.src = link.getAttribute("data-full");
      image.width = Number(link.getAttribute("data-width")) || image.width;
      image.height = Number(link.getAttribute("data-height")) || image.height;
      image.alt = thumb ? thumb.alt : "";
      caption.textContent = link.getAttribute("data-caption") || "";
      position.textContent = localDigits(
        template.replace("{current}", String(current + 1)).replace("{total}", String(links.length))
      );
    }

    function open(index) {
      show(index);
      if (!dialog.open) {
        dialog.showModal();
      }
      dialog.querySelector("[data-action=close]").focus();
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
          return;
        }
        event.preventDefault();
        open(index);
      });
    });

    dialog.addEventListener("click", function (event) {
      var action = event.target.getAttribute && event.target.getAttribute("data-action");
      if (action === "previous") {
        show(current - 1);
      } else if (action === "next") {
        show(current + 1);
      } else if (action === "close" || event.target === dialog) {
        dialog.close();
      }
    });

    dialog.addEventListener("keydown", function (event) {
      var forward = rtl ? "ArrowLeft" : "ArrowRight";
      var backward = rtl ? "ArrowRight" : "ArrowLeft";
      if (event.key === forward) {
        show(current + 1);
      } else if (event.key === backward) {
        show(current - 1);
      } else if (event.key === "Home") {
        show(0);
      } else if (event.key === "End") {
        show(links.length - 1);
      } else {
        return;
      }
      event.preventDefault();
    });

    dialog.addEventListener("close", function () {
      image.src = "data:,";
      links[current].focus();
    });
  }

  document.querySelectorAll("[data-gallery]").forEach(setUp);
})();
