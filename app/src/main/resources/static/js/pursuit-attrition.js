// Draws attrition by stage from its JSON endpoint: suspects reaching and still at each stage (left) and the median
// days spent in each stage (right). The table below the chart holds the same figures.
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
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { data: ['Reached', 'Still there', 'Median days in stage'] },
        grid: [{ left: 210, width: '38%', top: 50, bottom: 30 }, { right: 20, width: '22%', top: 50, bottom: 30 }],
        yAxis: [
          { type: 'category', data: d.stages, inverse: true, gridIndex: 0 },
          { type: 'category', data: d.stages, inverse: true, gridIndex: 1, axisLabel: { show: false } }
        ],
        xAxis: [
          { type: 'value', name: 'Suspects', gridIndex: 0, minInterval: 1 },
          { type: 'value', name: 'Days', gridIndex: 1 }
        ],
        series: [
          { name: 'Reached', type: 'bar', data: d.reached, xAxisIndex: 0, yAxisIndex: 0 },
          { name: 'Still there', type: 'bar', data: d.stillHere, xAxisIndex: 0, yAxisIndex: 0 },
          { name: 'Median days in stage', type: 'bar', data: d.medianDays, xAxisIndex: 1, yAxisIndex: 1 }
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
