// Draws a Chart.js chart above every table marked data-chart="bar|line|stacked". The table stays: it is the
// accessible form of the figures and what is printed. Numbers come from data-value (invariant), labels from
// the first cell of each row, series from the header row.
(function () {
  'use strict';
  var palette = ['#1f6f43', '#d9822b', '#c0392b', '#7f8c8d', '#2c6fbb', '#8e44ad'];

  function draw(table) {
    var kind = table.getAttribute('data-chart');
    // Columns whose header says data-no-chart (e.g. the target beside a percentage) stay in the table only.
    var headerCells = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (r) { return r.cells[0].textContent.trim(); });
    // A period still open is provisional: the line into it is dashed and its point hollow, not a fall.
    var provisional = rows.map(function (r) { return r.getAttribute('data-provisional') === 'true'; });
    var datasets = [];
    headerCells.forEach(function (cell, i) {
      if (cell.hasAttribute('data-no-chart')) { return; }
      var color = cell.getAttribute('data-color') || palette[datasets.length % palette.length];
      datasets.push({
        label: cell.textContent.trim(),
        data: rows.map(function (r) { var v = r.cells[i + 1].getAttribute('data-value'); return v === '' || v === null ? null : Number(v); }),
        backgroundColor: color,
        borderColor: color,
        pointBackgroundColor: rows.map(function (r, j) { return provisional[j] ? '#ffffff' : color; }),
        segment: { borderDash: function (ctx) { return provisional[ctx.p1DataIndex] ? [6, 4] : undefined; } },
        spanGaps: false
      });
    });
    var figure = document.createElement('div');
    figure.className = 'chart-box';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (table.caption ? table.caption.textContent.trim() + ' ' : '') + 'Số liệu chi tiết ở bảng bên dưới.');
    figure.appendChild(canvas);
    var holder = table.closest('.table-responsive') || table;
    holder.parentNode.insertBefore(figure, holder);
    var stacked = kind === 'stacked';
    new window.Chart(canvas, {
      type: stacked ? 'bar' : kind,
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } }
      }
    });
  }

  document.querySelectorAll('table[data-chart]').forEach(draw);
  document.querySelectorAll('[data-print]').forEach(function (link) {
    link.addEventListener('click', function (e) { e.preventDefault(); window.print(); });
  });
})();
