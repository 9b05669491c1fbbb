// Draws the network from its JSON endpoint. The page's tables carry the same information without JavaScript.
(function () {
  var el = document.getElementById('network-chart');
  if (!el || !window.echarts) return;
  el.style.height = '560px';
  el.style.marginBottom = '30px';
  fetch(el.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: {
          formatter: function (p) {
            return p.dataType === 'edge' ? p.data.relation + ' (' + p.data.reports + ' report(s))' : p.data.name + ': ' + p.data.value + ' link(s)';
          }
        },
        legend: [{ data: data.categories }],
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          categories: data.categories.map(function (c) { return { name: c }; }),
          data: data.nodes.map(function (n) { return Object.assign({}, n, { symbolSize: 8 + Math.min(n.value, 12) * 2 }); }),
          links: data.links,
          label: { show: data.nodes.length <= 80, position: 'right', fontSize: 11 },
          force: { repulsion: 120, edgeLength: 60 },
          lineStyle: { opacity: 0.7 }
        }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
