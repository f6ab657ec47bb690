// Đoàn Kết dashboard page (templates/dashboard/unit.html): everything is rendered on the server; this
// script only keeps the page live (server-sent events of /api/units/{code}/stream) and draws the trend
// chart (ECharts). Without it the page still shows every figure and every link.
(function () {
  'use strict';
  const body = document.body;
  const $ = id => document.getElementById(id);
  const lang = body.dataset.lang || 'vi';
  const format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN');
  let refreshTimer = null;

  function live(on) {
    $('liveDot').classList.toggle('on', on);
    $('liveText').textContent = on ? body.dataset.live : body.dataset.notLive;
  }

  // The counts come with the event: update the cards at once, in place (the cards are aria-live).
  function showCounts(figures) {
    document.querySelectorAll('#cards [data-figure]').forEach(e => {
      const value = format.format(figures[e.dataset.figure] || 0);
      if (e.textContent !== value) { e.textContent = value; }
    });
  }

  // Derived figures, breakdowns and the sub-unit table: the same page rendered again by the server,
  // its parts swapped in place (no reload, no client-side templates).
  async function refreshParts() {
    try {
      const r = await fetch(location.pathname, {headers: {Accept: 'text/html'}, credentials: 'same-origin'});
      if (!r.ok || r.redirected) { return; }
      const fresh = new DOMParser().parseFromString(await r.text(), 'text/html');
      for (const id of ['derived', 'breakdown', 'childrenTable']) {
        const now = $(id), next = fresh.getElementById(id);
        if (now && next && now.innerHTML !== next.innerHTML) { now.innerHTML = next.innerHTML; }
      }
      fresh.querySelectorAll('#cards [data-figure]').forEach(e => {
        const shown = document.querySelector('#cards [data-figure="' + e.dataset.figure + '"]');
        if (shown && shown.textContent !== e.textContent) { shown.textContent = e.textContent; }
      });
    } catch (e) {
      // the next event tries again
    }
  }

  function subscribe() {
    if (!body.dataset.stream || !window.EventSource) { return; }
    const stream = new EventSource(body.dataset.stream);
    stream.onopen = () => live(true);
    stream.onerror = () => live(false);
    stream.addEventListener('figures', e => {
      const changed = JSON.parse(e.data);
      if (changed.unitCode === body.dataset.unit) { showCounts(changed.figures || {}); }
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => { refreshParts(); loadTrend(); }, 150);
    });
  }

  let chart = null, trend = null;
  // as of a past day: the trend up to that day, on the map of that day
  const trendQuery = period => '?period=' + period + (body.dataset.asOf ? '&asOf=' + body.dataset.asOf : '');

  async function loadTrend() {
    if (!body.dataset.trends) { return; }
    const r = await fetch(body.dataset.trends + trendQuery($('period').value), {headers: {Accept: 'application/json'}});
    if (!r.ok) { return; }
    trend = await r.json();
    drawTrend();
  }

  function drawTrend() {
    if (!trend || !window.echarts || trend.points.length === 0) { return; }
    const select = $('figure');
    const k = select.value;
    const name = select.options[select.selectedIndex].text;
    chart = chart || echarts.init($('chart'));
    chart.setOption({
      tooltip: {trigger: 'axis'}, grid: {left: 50, right: 20, top: 30, bottom: 30},
      legend: {data: [name]},
      xAxis: {type: 'category', data: trend.points.map(p => p.period)},
      yAxis: {type: 'value', minInterval: 1},
      series: [{name: name, type: 'line', areaStyle: {opacity: .15}, itemStyle: {color: '#b00'},
        data: trend.points.map(p => (p.total || {})[k] || 0)}]
    }, true);
    const last = trend.points[trend.points.length - 1];
    $('chart').setAttribute('aria-label', body.dataset.chart + ': ' + name + ' ' + trend.points[0].period + ' – '
      + last.period + ': ' + format.format((last.total || {})[k] || 0));
  }

  function exportLinks() {
    const period = $('period').value;
    $('trendCsv').href = body.dataset.trends + '.csv' + trendQuery(period);
    $('trendXlsx').href = body.dataset.trends + '.xlsx' + trendQuery(period);
  }

  $('period').addEventListener('change', () => { exportLinks(); loadTrend(); });
  $('figure').addEventListener('change', drawTrend);
  subscribe();
  loadTrend();
})();
