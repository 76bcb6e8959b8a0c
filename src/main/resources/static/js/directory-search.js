// The search of the sociale kaart (staff /directory and public /public/directory). No inline script (CSP).
// - "Use my location": the browser's geolocation fills the hidden lat/lon fields (rounded to about 100 m) and searches;
//   typing a postal code or neighbourhood clears them again. Without JavaScript the button stays hidden.
// - The filters fold again on small screens when the user asks for the results.
// - The map view: markers of the same query from the JSON address in data-markers, clustered with
//   Leaflet.markercluster; each popup links to the entry like the list does. Drawn again after every htmx swap.
//   Without a tile server the municipality and neighbourhood outlines are drawn under the markers.
(function () {
  'use strict';

  function form() {
    return document.getElementById('directory-search');
  }

  function submit(element) {
    if (element.requestSubmit) {
      element.requestSubmit();
    } else {
      element.submit();
    }
  }

  function setUpLocation() {
    var button = document.getElementById('search-my-location');
    var near = document.getElementById('search-near');
    var lat = document.getElementById('search-lat');
    var lon = document.getElementById('search-lon');
    if (!button || !near || !lat || !lon || button.getAttribute('data-ready')) {
      return;
    }
    button.setAttribute('data-ready', 'true');
    near.addEventListener('input', function () {
      lat.value = '';
      lon.value = '';
    });
    if (!navigator.geolocation) {
      return;
    }
    button.hidden = false;
    var status = document.createElement('span');
    status.className = 'hecht-hint';
    status.setAttribute('role', 'status');
    button.parentNode.appendChild(status);
    button.addEventListener('click', function () {
      status.textContent = ' ' + button.getAttribute('data-locating');
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(3);
        lon.value = position.coords.longitude.toFixed(3);
        near.value = '';
        status.textContent = ' ' + button.getAttribute('data-used');
        var sort = document.getElementById('search-sort');
        if (sort && sort.value === 'relevance') {
          sort.value = 'distance';
        }
        submit(form());
      }, function () {
        status.textContent = ' ' + button.getAttribute('data-failed');
      }, { timeout: 10000, maximumAge: 300000 });
    });
  }

  function popup(element, marker) {
    var box = document.createElement('div');
    var title = document.createElement('strong');
    title.textContent = marker.name;
    box.appendChild(title);
    var meta = document.createElement('div');
    meta.textContent = [marker.organisation, marker.category].filter(Boolean).join(' \u00b7 ');
    box.appendChild(meta);
    var link = document.createElement('a');
    link.className = 'utrecht-link utrecht-link--html-a';
    link.href = marker.url;
    link.textContent = element.getAttribute('data-open') + ': ' + marker.name;
    box.appendChild(link);
    return box;
  }

  // Without tiles the markers would float on grey: the neighbourhood outlines and, over them, the municipality borders
  // are drawn under the markers (Leaflet's overlay pane lies below the marker pane; not clickable, so every click
  // reaches a marker).
  var OUTLINE_STYLES = {
    neighbourhood: { color: '#5c706e', weight: 1, fillColor: '#ffffff', fillOpacity: 0.9, interactive: false },
    municipality: { color: '#08403e', weight: 3, fill: false, interactive: false }
  };

  function drawOutlines(element, map) {
    var url = element.getAttribute('data-outlines');
    if (!url) {
      return;
    }
    element.classList.add('hecht-map--outlines');
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json, application/json' } })
      .then(function (response) { return response.ok ? response.json() : { features: [] }; })
      .then(function (data) {
        var layer = L.geoJSON(data, {
          interactive: false,
          style: function (feature) {
            return OUTLINE_STYLES[feature.properties.level] || OUTLINE_STYLES.neighbourhood;
          }
        }).addTo(map);
        element.setAttribute('data-outlines-drawn', String(data.features.length));
        if (!element.getAttribute('data-markers-drawn') || element.getAttribute('data-markers-drawn') === '0') {
          var bounds = layer.getBounds();
          // not animated: a zoom animation under way would swallow the markers' own fit arriving just after
          if (bounds.isValid()) {
            map.fitBounds(bounds, { animate: false });
          }
        }
      })
      .catch(function () {
        element.setAttribute('data-outlines-drawn', '0');
      });
  }

  function drawMap() {
    var element = document.getElementById('directory-map');
    if (!element || element.getAttribute('data-ready') || typeof L === 'undefined') {
      return;
    }
    element.setAttribute('data-ready', 'true');
    var map = L.map(element, { attributionControl: false, maxZoom: 18 });
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    } else {
      drawOutlines(element, map);
    }
    map.setView([52.1, 5.1], 8);
    var icon = L.divIcon({ className: 'hecht-pin', iconSize: [18, 18], iconAnchor: [9, 9] });
    var cluster = L.markerClusterGroup ? L.markerClusterGroup({ showCoverageOnHover: false }) : L.featureGroup();
    fetch(element.getAttribute('data-markers'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        data.markers.forEach(function (marker) {
          var pin = L.marker([marker.lat, marker.lon], { icon: icon, title: marker.name, alt: marker.name });
          pin.bindPopup(popup(element, marker));
          cluster.addLayer(pin);
        });
        cluster.addTo(map);
        var bounds = cluster.getBounds();
        if (bounds.isValid()) {
          map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
        }
        element.setAttribute('data-markers-drawn', String(data.markers.length));
        var note = document.getElementById('directory-map-note');
        if (note && data.truncated) {
          note.textContent = element.getAttribute('data-truncated');
        }
      });
  }

  // On small screens the filters fold behind one button (see hecht.js). Once the user asks for the results, the
  // filters fold again, so the results stand right below the search box instead of off-screen.
  function setUpFilters() {
    var filters = document.getElementById('search-filters');
    var show = document.getElementById('search-show-results');
    if (!filters || !show || show.getAttribute('data-ready')) {
      return;
    }
    show.setAttribute('data-ready', 'true');
    show.addEventListener('click', function () {
      if (window.matchMedia && window.matchMedia('(max-width: 48rem)').matches) {
        filters.open = false;
        var status = document.getElementById('search-status');
        if (status) {
          status.scrollIntoView({ block: 'nearest' });
        }
      }
    });
  }

  function setUp() {
    setUpLocation();
    setUpFilters();
    drawMap();
  }

  document.addEventListener('DOMContentLoaded', setUp);
  document.addEventListener('htmx:afterSettle', function () {
    drawMap();
  });
  document.addEventListener('htmx:beforeRequest', function () {
    var results = document.getElementById('search-results');
    if (results) {
      results.setAttribute('aria-busy', 'true');
    }
  });
  document.addEventListener('htmx:afterRequest', function () {
    var results = document.getElementById('search-results');
    if (results) {
      results.setAttribute('aria-busy', 'false');
    }
  });
  // a live search that is refused (too many searches: 429) or fails says so where the count is announced; the
  // results shown stay as they were
  document.addEventListener('htmx:responseError', function (event) {
    var status = document.getElementById('search-status');
    if (status && event.detail && event.detail.xhr) {
      status.textContent = status.getAttribute(event.detail.xhr.status === 429 ? 'data-busy' : 'data-failed');
    }
  });
  document.addEventListener('htmx:sendError', function () {
    var status = document.getElementById('search-status');
    if (status) {
      status.textContent = status.getAttribute('data-failed');
    }
  });
}());
