// Hecht's maps of neighbourhoods (Leaflet, no inline script: CSP). Two uses:
// - #coverage-map: the region's neighbourhoods coloured by coverage status;
// - #area-map: a network's area editor; clicking a neighbourhood toggles it in the service area and ticks the
//   matching checkbox of the list below, which stays the keyboard-accessible way to do the same.
// A tile layer is drawn only when a tile URL is configured (hecht.map.tile-url); otherwise a plain background.
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

  function label(feature) {
    var p = feature.properties;
    return p.name + ' (' + p.code + ')' + (p.networks ? ': ' + p.networks : '');
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
            shape.bindTooltip(label(feature));
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
          feature.properties.status = result.selected ? 'SELECTED' : 'FREE';
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
