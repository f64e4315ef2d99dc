// Draws the film page's network (who played whom, in which band, described how by whom) with Cytoscape.js.
(function () {
  var data = document.getElementById('network-data');
  var box = document.getElementById('network');
  if (!data || !box || typeof cytoscape !== 'function') return;
  var cy = cytoscape({
    container: box,
    elements: JSON.parse(data.textContent),
    layout: { name: 'cose', animate: false },
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'background-color': '#888' } },
      { selector: 'node[kind = "film"]', style: { 'background-color': '#c0392b', 'shape': 'round-rectangle' } },
      { selector: 'node[kind = "person"]', style: { 'background-color': '#2980b9' } },
      { selector: 'node[kind = "character"]', style: { 'background-color': '#27ae60' } },
      { selector: 'node[kind = "band"]', style: { 'background-color': '#8e44ad', 'shape': 'diamond' } },
      { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 7, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1 } }
    ]
  });
  cy.on('tap', 'node', function (e) { var h = e.target.data('href'); if (h) window.location.href = h; });
  box.setAttribute('data-nodes', String(cy.nodes().length));
})();
