// Draws each SPC chart from the table beside it (the table stays: it is the accessible version and the baseline
// without JavaScript). Colours as Making Data Count: grey common cause, orange concern, blue improvement.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = { common: '#505a5f', concern: '#f47738', improvement: '#1d70b8', gap: '#505a5f' };
  document.querySelectorAll('.app-spc__chart[data-table]').forEach(function (target) {
    var table = document.getElementById(target.getAttribute('data-table'));
    if (!table) {
      return;
    }
    var periods = [];
    var values = [];
    table.querySelectorAll('tbody tr[data-period]').forEach(function (row) {
      var raw = row.getAttribute('data-value');
      var state = row.getAttribute('data-state');
      periods.push(row.getAttribute('data-period'));
      values.push(raw === '' ? null : {
        value: Number(raw),
        itemStyle: { color: colours[state] || colours.common },
        symbolSize: state === 'common' ? 6 : 10
      });
    });
    var flat = function (attr) {
      var v = table.getAttribute(attr);
      return v === '' ? null : periods.map(function () { return Number(v); });
    };
    var line = function (name, data, colour, dashed) {
      return data === null ? [] : [{ name: name, type: 'line', data: data, symbol: 'none', silent: true,
        lineStyle: { color: colour, width: 1, type: dashed ? 'dashed' : 'solid' }, itemStyle: { color: colour } }];
    };
    target.hidden = false;
    var chart = echarts.init(target, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: ['Value', 'Mean', 'Process limits'] },
      grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: table.getAttribute('data-unit'), nameTextStyle: { align: 'left' }, scale: true },
      series: [{ name: 'Value', type: 'line', data: values, connectNulls: false,
        lineStyle: { color: colours.common }, itemStyle: { color: colours.common } }]
        .concat(line('Mean', flat('data-mean'), '#0b0c0c', false))
        .concat(line('Process limits', flat('data-upper'), '#505a5f', true))
        .concat(line('Process limits', flat('data-lower'), '#505a5f', true))
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
