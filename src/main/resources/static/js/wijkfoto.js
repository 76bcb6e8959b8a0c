// The wijkfoto's charts (Chart.js), drawn from the tables beside them: the table stays the text alternative, and the
// chart shows what it says. Also the print button (hidden without JavaScript; the browser's own print works too).
(function () {
  'use strict';

  var COLOURS = ['#0b5d5a', '#8d6e00', '#5c5c5c'];

  function number(cell) {
    var value = cell.getAttribute('data-value');
    return value === null || value === '' ? null : Number(value);
  }

  function draw(holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-for'));
    if (!table || typeof window.Chart === 'undefined') {
      return;
    }
    var series = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1)
      .map(function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
    var datasets = series.map(function (name, index) {
      return {
        label: name,
        backgroundColor: COLOURS[index % COLOURS.length],
        data: rows.map(function (row) { return number(row.querySelectorAll('td')[index]); })
      };
    });
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', holder.getAttribute('data-label'));
    holder.appendChild(canvas);
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: labels.length > 1 ? 'x' : 'y',
        plugins: { legend: { position: 'bottom' } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
    holder.setAttribute('data-drawn', 'true');
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-chart-for]'), draw);
    var print = document.getElementById('wijkfoto-print');
    if (print) {
      print.hidden = false;
      print.addEventListener('click', function () { window.print(); });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
