// Hecht's maps of neighbourhoods (Leaflet, no inline script: CSP). Two uses:
// - #coverage-map: the region's neighbourhoods coloured by coverage status;
// - #area-map: a network's area editor; clicking a neighbourhood toggles it in the service area and ticks the
//   matching checkbox of the list below, which stays the keyboard-accessible way to do the same.
// A tile layer is drawn only when a tile URL is configured (hecht.map.tile-url); otherwise a plain background.
// Names reach the page as text only (textContent), never as HTML.
(function () {
  'use strict';

  var COLOURS = {
    COVERED: '#2e7d32', OVERLAP: '#ef6c00', FORMING: '#f9a825', GAP: '#c62828',
    SELECTED: '#0b5d5a', OTHER: '#9e9e9e', FREE: '#ffffff'
  };

  function style(feature) {
    var colour = COLOURS[feature.properties.status] || '#ffffff';
    return { color: '#333333', weight: 1, fillColor: colour, fillOpacity: 0.75 };
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  // The coverage map names every network a neighbourhood is in; the area editor the other networks ("also in ..."),
  // which stay the same when the neighbourhood is toggled in or out of this network.
  function labelText(element, feature) {
    var p = feature.properties;
    var name = p.name + ' (' + p.code + ')';
    if (p.others !== undefined) {
      return p.others ? name + ' \u00b7 ' + element.getAttribute('data-others-label') + ' ' + p.others : name;
    }
    return name + (p.networks ? ': ' + p.networks : '');
  }

  // The tooltip as a DOM node holding plain text: Leaflet puts a string tooltip in as HTML, and names of networks and
  // neighbourhoods are typed by users or come from import files, so they must never reach the page as markup.
  function label(element, feature) {
    var text = document.createElement('span');
    text.textContent = labelText(element, feature);
    return text;
  }

  function draw(element, onClick) {
    var map = L.map(element, { attributionControl: false });
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    }
    fetch(element.getAttribute('data-geojson'), { credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          style: style,
          onEachFeature: function (feature, shape) {
            shape.bindTooltip(label(element, feature));
            if (onClick) {
              shape.on('click', function () { onClick(feature, shape); });
            }
          }
        }).addTo(map);
        if (layer.getBounds().isValid()) {
          map.fitBounds(layer.getBounds());
        } else {
          map.setView([52.1, 5.1], 8);
        }
        // Each drawn outline says which neighbourhood it is (for tests and for whoever inspects the page); the
        // outlines exist once the map has a view.
        layer.eachLayer(function (shape) {
          var path = shape.getElement && shape.getElement();
          if (path) {
            path.setAttribute('data-code', shape.feature.properties.code);
          }
        });
      });
  }

  function toggle(element) {
    return function (feature, shape) {
      var code = feature.properties.code;
      fetch(element.getAttribute('data-toggle'), {
        method: 'POST', credentials: 'same-origin', headers: csrf(), body: 'code=' + encodeURIComponent(code)
      })
        .then(function (response) { return response.json(); })
        .then(function (result) {
          feature.properties.status = result.selected ? 'SELECTED' : feature.properties.otherCore ? 'OTHER' : 'FREE';
          shape.setStyle(style(feature));
          var box = document.getElementById('n-' + code);
          if (box) {
            box.checked = result.selected;
          }
        });
    };
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (typeof L === 'undefined') {
      return;
    }
    var coverage = document.getElementById('coverage-map');
    if (coverage) {
      draw(coverage, null);
    }
    var area = document.getElementById('area-map');
    if (area) {
      draw(area, toggle(area));
    }
  });
})();
