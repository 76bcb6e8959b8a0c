// Hecht's network analysis graph (Cytoscape.js; no inline script: CSP). Reads the players and lines of a network
// from the JSON address in data-graph and draws them: derived lines solid, lines drawn in a joint session dotted
// (blue: works together, brown: knelpunt, purple: wish), expected but missing lines dashed red. The tables below the
// graph show the same, for keyboard and screen-reader users. When drawn, the container gets data-ready="true".
(function () {
  'use strict';

  var NODE_COLOURS = { organisation: '#0b5d5a', discipline: '#f9a825', player: '#6a1b9a' };
  var NODE_SHAPES = { organisation: 'ellipse', discipline: 'round-rectangle', player: 'diamond' };

  function styles() {
    return [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 110,
        'text-valign': 'bottom', 'text-margin-y': 4, 'color': '#1a1a1a', 'width': 22, 'height': 22,
        'text-background-color': '#fbfbf8', 'text-background-opacity': 0.85, 'text-background-padding': 2,
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
          elements: { nodes: graph.nodes, edges: graph.edges },
          style: styles(),
          layout: { name: 'cose', animate: false, randomize: true, padding: 30, componentSpacing: 120,
            nodeRepulsion: function () { return 400000; }, nodeOverlap: 40,
            idealEdgeLength: function () { return 140; } },
          // a small network must not be blown up until its labels overlap
          minZoom: 0.3, maxZoom: 1.3,
          wheelSensitivity: 0.3
        });
        cy.ready(function () {
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
