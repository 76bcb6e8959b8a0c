// Hecht's network analysis graph (Cytoscape.js; no inline script: CSP). Reads the players and lines of a network
// from the JSON address in data-graph and draws them: derived lines solid, lines drawn in a joint session dotted
// (blue: works together, brown: knelpunt, purple: wish), expected but missing lines dashed red. The tables below the
// graph show the same, for keyboard and screen-reader users. When drawn, the container gets data-ready="true".
(function () {
  'use strict';

  var NODE_COLOURS = { organisation: '#0b5d5a', discipline: '#f9a825', player: '#6a1b9a' };
  var NODE_SHAPES = { organisation: 'ellipse', discipline: 'round-rectangle', player: 'diamond' };
  // Labels are 15 px in the graph and (about) 13 px on screen at least.
  var LABEL_PX = 15;
  var MIN_SCREEN_LABEL_PX = 13;

  function byId(a, b) {
    return a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0;
  }

  // The layout is the same on every load: the players start on a circle in a fixed order (by id) and the
  // force-directed layout (cose) starts from there without random positions, so nothing in it is random.
  function layout(cy) {
    cy.layout({ name: 'circle', sort: function (a, b) { return a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0; },
      animate: false, fit: false }).run();
    // nodeDimensionsIncludeLabels: the layout keeps the labels apart, not just the dots
    cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 30, componentSpacing: 120,
      nodeDimensionsIncludeLabels: true, nodeRepulsion: function () { return 4000000; }, nodeOverlap: 100,
      numIter: 2500, gravity: 20, idealEdgeLength: function () { return 170; },
      edgeElasticity: function () { return 100; } }).run();
    // A graph that fits (a narrow screen) only zoomed out gets larger labels, so that they stay readable.
    // Larger labels widen the graph, so the fit zooms out again: grow them until they are readable on screen.
    var fontPx = LABEL_PX;
    for (var round = 0; round < 6 && fontPx * cy.zoom() < MIN_SCREEN_LABEL_PX; round++) {
      fontPx = Math.ceil(MIN_SCREEN_LABEL_PX / cy.zoom()) + 1;
      cy.style().selector('node').style({ 'font-size': fontPx, 'text-max-width': fontPx * 9 }).update();
      cy.fit(undefined, 30);
    }
    return fontPx * cy.zoom();
  }

  function positions(cy) {
    return cy.nodes().sort(function (a, b) { return a.id() < b.id() ? -1 : 1; }).map(function (node) {
      return Math.round(node.position('x')) + ',' + Math.round(node.position('y'));
    }).join(';');
  }

  function styles() {
    return [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': LABEL_PX, 'text-wrap': 'wrap', 'text-max-width': 140,
        'font-family': '"Atkinson Hyperlegible Next", "Segoe UI", system-ui, sans-serif',
        'text-valign': 'bottom', 'text-margin-y': 5, 'color': '#14201f', 'width': 24, 'height': 24,
        // an opaque label with a thin border: edges (drawn below the nodes and their labels) do not cross the text
        'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': 3,
        'text-background-shape': 'round-rectangle', 'text-border-width': 1, 'text-border-color': '#c9d8d6',
        'text-border-opacity': 1,
        'background-color': function (node) { return NODE_COLOURS[node.data('group')] || '#666666'; },
        'shape': function (node) { return NODE_SHAPES[node.data('group')] || 'ellipse'; },
        'border-width': 1, 'border-color': '#333333' } },
      { selector: 'node[!inNetwork]', style: { 'background-opacity': 0.45 } },
      { selector: 'edge', style: { 'width': 2, 'curve-style': 'bezier', 'line-color': '#0b5d5a' } },
      { selector: 'edge[style = "derived"]', style: { 'line-style': 'solid', 'width': 3 } },
      { selector: 'edge[style = "drawn-works-together"]', style: { 'line-style': 'dotted', 'line-color': '#1565c0', 'width': 3 } },
      { selector: 'edge[style = "drawn-bottleneck"]', style: { 'line-style': 'dotted', 'line-color': '#8d6e00', 'width': 3 } },
      { selector: 'edge[style = "drawn-wants-to"]', style: { 'line-style': 'dotted', 'line-color': '#6a1b9a', 'width': 2 } },
      { selector: 'edge[style = "missing"]', style: { 'line-style': 'dashed', 'line-color': '#c62828', 'width': 2 } }
    ];
  }

  function draw(element) {
    fetch(element.getAttribute('data-graph'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.json(); })
      .then(function (graph) {
        var cy = cytoscape({
          container: element,
          elements: { nodes: graph.nodes.slice().sort(byId), edges: graph.edges.slice().sort(byId) },
          style: styles(),
          layout: { name: 'preset' },
          // a small network must not be blown up until its labels overlap
          minZoom: 0.3, maxZoom: 1.3,
          wheelSensitivity: 0.3
        });
        var labelPx = layout(cy);
        cy.ready(function () {
          element.setAttribute('data-label-px', String(Math.round(labelPx)));
          element.setAttribute('data-layout', positions(cy));
          element.setAttribute('data-nodes', String(cy.nodes().length));
          element.setAttribute('data-edges', String(cy.edges().length));
          element.setAttribute('data-ready', 'true');
        });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('analysis-graph');
    if (element && window.cytoscape) {
      draw(element);
    }
  });
}());
