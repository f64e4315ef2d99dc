// Draws the film page's picture (who played whom, in which band, said by which review) with Cytoscape.js.
// The layout is concentric and computed from sorted data, so it is the same on every load. Edge labels are not drawn;
// selecting a node lists what each review said about its ties, and the filter keeps one review's ties.
(function () {
  var data = document.getElementById('network-data');
  var box = document.getElementById('network');
  if (!data || !box || typeof cytoscape !== 'function') return;
  var parsed = JSON.parse(data.textContent);
  var rank = { film: 4, character: 3, person: 2, band: 2, member: 1 };
  var cy = cytoscape({
    container: box,
    elements: parsed.elements,
    layout: {
      name: 'concentric', animate: false, minNodeSpacing: 24,
      concentric: function (n) { return rank[n.data('kind')] || 0; },
      levelWidth: function () { return 1; },
      sort: function (a, b) { return a.data('label') < b.data('label') ? -1 : a.data('label') > b.data('label') ? 1 : 0; }
    },
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'background-color': '#888', 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'node[kind = "film"]', style: { 'background-color': '#c0392b', 'shape': 'round-rectangle', 'width': 40, 'height': 24 } },
      { selector: 'node[kind = "person"]', style: { 'background-color': '#2980b9' } },
      { selector: 'node[kind = "character"]', style: { 'background-color': '#27ae60' } },
      { selector: 'node[kind = "band"]', style: { 'background-color': '#8e44ad', 'shape': 'diamond' } },
      { selector: 'node[kind = "member"]', style: { 'background-color': '#16a085' } },
      { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 1, 'line-color': '#bbb', 'target-arrow-color': '#bbb' } },
      { selector: 'edge.hover, edge:selected', style: { 'label': 'data(relation)', 'font-size': 9, 'line-color': '#555', 'target-arrow-color': '#555' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      { selector: '.hidden', style: { 'display': 'none' } }
    ]
  });
  var said = document.getElementById('network-said');
  function show(node) {
    if (!said) return;
    var lines = [];
    node.connectedEdges(':visible').forEach(function (e) {
      var other = e.source().id() === node.id() ? e.target() : e.source();
      var words = e.data('said');
      var who = e.data('reviewers');
      lines.push(e.data('relation') + ' ' + other.data('label') + (words.length ? ': ' + words.join('; ') : (who.length ? ' (' + who.join(', ') + ')' : '')));
    });
    said.textContent = node.data('label') + ' — ' + (lines.length ? lines.join(' · ') : 'no ties shown');
  }
  cy.on('tap', 'node', function (e) { show(e.target); });
  cy.on('dbltap', 'node', function (e) { var h = e.target.data('href'); if (h) window.location.href = h; });
  cy.on('mouseover', 'edge', function (e) { e.target.addClass('hover'); });
  cy.on('mouseout', 'edge', function (e) { e.target.removeClass('hover'); });
  var filter = document.getElementById('network-filter');
  if (filter) {
    (parsed.reviewers || []).forEach(function (r) {
      var o = document.createElement('option');
      o.value = r;
      o.textContent = r;
      filter.appendChild(o);
    });
    filter.addEventListener('change', function () {
      var r = filter.value;
      cy.elements().removeClass('hidden');
      if (r) {
        cy.edges().forEach(function (e) { if (e.data('reviewers').indexOf(r) < 0) e.addClass('hidden'); });
        cy.nodes().forEach(function (n) { if (n.data('kind') !== 'film' && n.connectedEdges(':visible').length === 0) n.addClass('hidden'); });
      }
      box.setAttribute('data-visible-nodes', String(cy.nodes(':visible').length));
    });
  }
  box.setAttribute('data-nodes', String(cy.nodes().length));
  box.setAttribute('data-edge-labels', String(cy.edges().filter(function (e) { return e.style('label') !== ''; }).length));
})();
