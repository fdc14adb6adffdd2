/**
 * The report's two page scripts (plain JavaScript, inline: the page works offline). The
 * filters hide what does not match the chosen supplier, family and defect; the switch shows or
 * hides every reference trace at once, so the traces cost no tab stop each. Without scripts,
 * every trace shows and the filters stay hidden.
 */
export const PAGE_SCRIPT = `(function () {
  var $ = function (id) { return document.getElementById(id); };
  var panel = $('filters');
  panel.hidden = false;
  var traces = $('show-traces');
  var showTraces = function () { document.body.classList.toggle('traces-hidden', !traces.checked); };
  traces.addEventListener('change', showTraces);
  showTraces();
  var apply = function () {
    var supplier = $('f-supplier').value, family = $('f-family').value, defect = $('f-defect').value;
    document.querySelectorAll('[data-supplier], [data-families], [data-defect]').forEach(function (el) {
      var ok = (!supplier || !el.dataset.supplier || el.dataset.supplier === supplier) &&
        (!family || el.dataset.families === undefined || el.dataset.families.split('|').indexOf(family) >= 0) &&
        (!defect || el.dataset.defect === undefined || el.dataset.defect === defect);
      el.hidden = !ok;
    });
  };
  ['f-supplier', 'f-family', 'f-defect'].forEach(function (id) { $(id).addEventListener('change', apply); });
})();`;

/** One stacked bar chart per family: under-paid and over-paid dollars per supplier (Chart.js). */
export const CHART_SCRIPT = `for (const c of DATA.charts) new Chart(document.getElementById(c.id), { type: 'bar',
  data: { labels: c.labels, datasets: [
    { label: DATA.words.under, data: c.under, backgroundColor: '#c8453b' },
    { label: DATA.words.over, data: c.over, backgroundColor: '#e0a526' } ] },
  options: { animation: false, maintainAspectRatio: false, locale: DATA.locale,
    scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: DATA.words.dollars } } } } });`;
