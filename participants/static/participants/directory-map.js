// The participants' maps: the directory's map of every result, and the small map of one
// participant's place. Both are progressive enhancements: without JavaScript the
// directory's list and the participant's place name say the same, and the maps' boxes are
// hidden by CSS (they keep their size while this file loads, so nothing shifts). Without
// Leaflet or without tiles, markers are shown on a plain background.
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

  // The directory's markers come from their own address (the page holds one page of
  // results, the map all of them); a participant's place is written in its page.
  function readItems(canvas) {
    var url = canvas.dataset.mapItemsUrl;
    if (url) {
      return window
        .fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.json() : [];
        })
        .catch(function () {
          return [];
        });
    }
    var dataElement = document.getElementById(canvas.dataset.mapItems);
    if (!dataElement) {
      return Promise.resolve([]);
    }
    try {
      return Promise.resolve(JSON.parse(dataElement.textContent));
    } catch (error) {
      return Promise.resolve([]);
    }
  }

  function markerIcon(L, data) {
    // Explicit icon addresses: Leaflet's own guess fails with hashed static file names.
    return L.icon({
      iconUrl: data.markerIcon,
      iconRetinaUrl: data.markerIcon2x,
      shadowUrl: data.markerShadow,
      iconSize: [25, 41],
      iconAnchor: [12, 41],
      popupAnchor: [1, -34],
      shadowSize: [41, 41],
    });
  }

  // A group of nearby participants: one round target of 44 px that names how many it
  // holds; choosing it zooms in on them.
  function clusterIcon(L, label) {
    return function (cluster) {
      var count = cluster.getChildCount();
      var element = document.createElement("span");
      element.className = "map-cluster__count";
      element.textContent = String(count);
      var name = document.createElement("span");
      name.className = "visually-hidden";
      name.textContent = label.replace("{count}", count);
      var wrapper = document.createElement("span");
      wrapper.setAttribute("aria-hidden", "true");
      wrapper.appendChild(element);
      var html = document.createElement("span");
      html.appendChild(wrapper);
      html.appendChild(name);
      return L.divIcon({ html: html.innerHTML, className: "map-cluster", iconSize: [44, 44] });
    };
  }

  // Tab order follows what a person needs first: the zoom buttons and the credits, then
  // the markers. Leaflet puts its controls after the markers; their place on screen is
  // absolute, so moving them first in the document changes nothing visible.
  function controlsFirst(map) {
    var container = map.getContainer();
    var controls = container.querySelector(".leaflet-control-container");
    if (controls) {
      container.insertBefore(controls, container.firstChild);
    }
  }

  // A popup opened from the keyboard takes the focus (on its link); Escape or its close
  // button closes it and gives the focus back to the marker that opened it.
  function popupsTakeTheFocus(map, closeLabel) {
    map.on("popupopen", function (event) {
      var popup = event.popup;
      var element = popup.getElement();
      var close = element.querySelector(".leaflet-popup-close-button");
      if (close && closeLabel) {
        close.setAttribute("aria-label", closeLabel);
        close.title = closeLabel;
      }
      var source = popup._source;
      var opener = source && source.getElement ? source.getElement() : null;
      var focusWasOnMarker = opener && document.activeElement === opener;
      if (!element.hasAttribute("data-closes-on-escape")) {
        element.setAttribute("data-closes-on-escape", "");
        element.addEventListener("keydown", function (keyEvent) {
          if (keyEvent.key === "Escape") {
            keyEvent.preventDefault();
            map.closePopup(popup);
          }
        });
      }
      popup.once("remove", function () {
        if (opener && (focusWasOnMarker || element.contains(document.activeElement))) {
          opener.focus({ preventScroll: true });
        }
      });
      if (focusWasOnMarker) {
        var link = element.querySelector(".map-popup a");
        if (link) {
          link.focus({ preventScroll: true });
        }
      }
    });
  }

  // After a group chosen from the keyboard opens, the focus goes to the first of its
  // participants (or the smaller group holding it) instead of being lost with the group.
  function clustersKeepTheFocus(map, group) {
    var pending = null;
    // A group is a control too: Enter chooses it, as a click does (Leaflet only does this
    // for markers with a popup).
    group.on("clusterkeypress", function (event) {
      var original = event.originalEvent;
      if (original && (original.key === "Enter" || original.keyCode === 13)) {
        event.layer.fire("click", { originalEvent: original, latlng: event.layer.getLatLng() }, true);
      }
    });
    group.on("clusterclick", function (event) {
      var original = event.originalEvent;
      if (original && (original.type === "keypress" || original.type === "keydown")) {
        pending = event.layer.getAllChildMarkers()[0];
      }
    });
    function focusPending() {
      if (!pending) {
        return;
      }
      var shown = group.getVisibleParent(pending);
      var element = shown && shown.getElement ? shown.getElement() : null;
      if (element) {
        pending = null;
        element.focus({ preventScroll: true });
      }
    }
    group.on("animationend", focusPending);
    map.on("zoomend moveend", function () {
      window.setTimeout(focusPending, 0);
    });
  }

  function initialiseMap(canvas) {
    readItems(canvas).then(function (items) {
      drawMap(canvas, Array.isArray(items) ? items : []);
    });
  }

  function drawMap(canvas, items) {
    var L = window.L;
    var data = canvas.dataset;
    var section = canvas.closest("[data-map-section]") || canvas;
    if (typeof L === "undefined" || !items.length) {
      section.hidden = true; // no map to show: the list or the place name says it all
      return;
    }
    var single = data.mapKind === "place";
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
    var icon = markerIcon(L, data);
    var labels = { number: data.numberLabel || "No." };
    var layer = map;
    if (!single && typeof L.markerClusterGroup === "function") {
      layer = L.markerClusterGroup({
        iconCreateFunction: clusterIcon(L, data.clusterLabel || "{count}"),
        showCoverageOnHover: false,
        animate: !reduceMotion,
        maxClusterRadius: 60,
      });
      clustersKeepTheFocus(map, layer);
    }
    var points = [];
    items.forEach(function (item) {
      var point = [item.latitude, item.longitude];
      points.push(point);
      if (single) {
        // The place's name is written beside the map: its marker is a picture, not a control.
        L.marker(point, { icon: icon, alt: item.name, interactive: false, keyboard: false }).addTo(map);
        return;
      }
      L.marker(point, { icon: icon, alt: item.name, title: item.name, keyboard: true })
        .bindPopup(function () {
          return popupContent(item, labels);
        })
        .addTo(layer);
    });
    if (layer !== map) {
      layer.addTo(map);
    }
    controlsFirst(map);
    popupsTakeTheFocus(map, data.closeLabel);
    if (points.length === 1) {
      map.setView(points[0], single ? 10 : 8);
    } else {
      map.fitBounds(points, { padding: [24, 24], maxZoom: 8 });
    }
  }

  function initialiseMaps() {
    document.querySelectorAll("[data-map]").forEach(initialiseMap);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", initialiseMaps);
  } else {
    initialiseMaps();
  }
})();
