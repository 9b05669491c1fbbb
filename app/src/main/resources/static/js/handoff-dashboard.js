// Draws the ageing chart from the table on the same page (the table stays: it is the accessible version).
(function () {
  var table = document.getElementById('ageing-table');
  var target = document.getElementById('ageing-chart');
  if (!table || !target || typeof echarts === 'undefined') {
    return;
  }
  var bands = ['Under 1 day', '1 to 5 days', '6 to 20 days', '21 days or more'];
  var agencies = [];
  var series = bands.map(function (band) {
    return { name: band, type: 'bar', stack: 'open', data: [] };
  });
  var overdue = { name: 'Overdue now', type: 'scatter', symbolSize: 12, data: [] };
  table.querySelectorAll('tbody tr[data-agency]').forEach(function (row) {
    var cells = row.querySelectorAll('td');
    agencies.push(row.getAttribute('data-agency'));
    for (var i = 0; i < bands.length; i++) {
      series[i].data.push(Number(cells[i + 1].textContent.trim()));
    }
    overdue.data.push(Number(cells[5].textContent.trim()));
  });
  target.hidden = false;
  var chart = echarts.init(target, null, { renderer: 'svg' });
  chart.setOption({
    aria: { enabled: true },
    color: ['#1d70b8', '#ffdd00', '#f47738', '#d4351c', '#0b0c0c'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'value', name: 'Open hand-offs' },
    yAxis: { type: 'category', data: agencies, inverse: true },
    series: series.concat([overdue])
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
