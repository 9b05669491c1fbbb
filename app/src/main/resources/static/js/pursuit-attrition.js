// Draws attrition by stage from its JSON endpoint. The table below the chart holds the same figures.
(function () {
  var el = document.getElementById('attrition-chart');
  if (!el || !window.echarts) return;
  el.style.height = '380px';
  el.style.marginBottom = '30px';
  fetch(el.getAttribute('data-source'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var chart = echarts.init(el);
      chart.setOption({
        tooltip: { trigger: 'axis' },
        legend: { data: ['Reached', 'Still there', 'Median days in stage'] },
        grid: { left: 220, right: 60 },
        yAxis: { type: 'category', data: d.stages, inverse: true },
        xAxis: [{ type: 'value', name: 'Suspects' }, { type: 'value', name: 'Days', position: 'top' }],
        series: [
          { name: 'Reached', type: 'bar', data: d.reached },
          { name: 'Still there', type: 'bar', data: d.stillHere },
          { name: 'Median days in stage', type: 'line', xAxisIndex: 1, data: d.medianDays }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
