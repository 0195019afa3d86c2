// The participants' map: a progressive enhancement of the directory. Without
// JavaScript, without Leaflet or without tiles, the list below it is the directory and
// the map's section stays hidden (or shows markers on a plain background).
(function () {
  "use strict";

  function popupContent(item, labels) {
    var container = document.createElement("div");
    container.className = "map-popup";
    var name = document.createElement("p");
    name.className = "map-popup__name";
    var link = document.createElement("a");
    link.href = item.url;
    link.textContent = item.name;
    if (item.lang && item.lang !== document.documentElement.lang) {
      link.lang = item.lang;
      link.hreflang = item.lang;
    }
    name.appendChild(link);
    var facts = document.createElement("p");
    facts.className = "map-popup__facts";
    facts.textContent = item.country + (item.number ? " · " + labels.number + " " + item.number : "");
    container.appendChild(name);
    container.appendChild(facts);
    return container;
  }

  function initialiseMap() {
    var section = document.querySelector("[data-directory-map]");
    var canvas = document.getElementById("directory-map");
    var dataElement = document.getElementById("directory-map-data");
    if (!section || !canvas || !dataElement || typeof window.L === "undefined") {
      return;
    }
    var items;
    try {
      items = JSON.parse(dataElement.textContent);
    } catch (error) {
      return;
    }
    if (!items.length) {
      return; // nothing to show: the section stays hidden
    }
    var L = window.L;
    var data = canvas.dataset;
    var labels = { number: data.numberLabel || "No." };
    section.hidden = false;

    var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var map = L.map(canvas, {
      zoomControl: false,
      scrollWheelZoom: false,
      fadeAnimation: !reduceMotion,
      zoomAnimation: !reduceMotion,
      markerZoomAnimation: !reduceMotion,
    });
    L.control.zoom({ zoomInTitle: data.zoomInLabel, zoomOutTitle: data.zoomOutLabel }).addTo(map);
    if (data.tileUrl) {
      L.tileLayer(data.tileUrl, { attribution: data.tileAttribution, maxZoom: 18 }).addTo(map);
    }

    // Explicit icon addresses: Leaflet's own guess fails with hashed static file names.
    var icon = L.icon({
      iconUrl: data.markerIcon,
      iconRetinaUrl: data.markerIcon2x,
      shadowUrl: data.markerShadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41],
    });
    var points = [];
    items.forEach(function (item) {
      var point = [item.latitude, item.longitude];
      points.push(point);
      L.marker(point, { icon: icon, alt: item.name, title: item.name, keyboard: true })
        .bindPopup(function () {
          return popupContent(item, labels);
        })
        .addTo(map);
    });
    map.on("popupopen", function (event) {
      var close = event.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (close && data.closeLabel) {
        close.setAttribute("aria-label", data.closeLabel);
        close.title = data.closeLabel;
      }
    });
    if (points.length === 1) {
      map.setView(points[0], 8);
    } else {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 8 });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initialiseMap);
  } else {
    initialiseMap();
  }
})();
