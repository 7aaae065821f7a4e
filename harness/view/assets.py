"""The viewer page's inline stylesheet and script (kept as Python strings so they ship inside the package).

The script reads its data from ``<script type="application/json" id="cnh-data">`` and builds the whole page
with DOM calls; every untrusted string (summary text, model names, ids, evidence) is inserted as a text
node or through ``textContent`` / element properties, never parsed as HTML.
"""

from __future__ import annotations

CSS = r"""
*{box-sizing:border-box}
[hidden]{display:none!important}
html,body{margin:0;background:#f4f6f9;color:#1d2330;height:100%}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;display:flex;
 flex-direction:column}
header,.bar{flex:none}
header{background:#1f2a3d;color:#e9edf3;padding:12px 22px 10px}
header h1{font-size:19px;margin:0 0 4px;font-weight:600}
header .runs{font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#b8c2d3}
header .runs b{color:#fff;font-weight:600}
header .warning{margin-top:6px;font-size:12.5px;color:#1d2330;background:#fde68a;border-radius:4px;padding:4px 8px;
 white-space:pre-wrap}
.bar{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-end;padding:10px 22px;background:#fff;
 border-bottom:1px solid #dde1e7}
.bar label{display:flex;flex-direction:column;font-size:11px;color:#667085;text-transform:uppercase;
 letter-spacing:.03em;gap:2px}
.bar select,.bar input{font:13px system-ui,sans-serif;padding:4px 6px;border:1px solid #c9d0da;border-radius:4px;
 background:#fff;color:#1d2330;max-width:150px}
.bar input[type=search]{width:150px}
.bar select.on,.bar input.on{border-color:#2f6fde;box-shadow:0 0 0 2px rgba(47,111,222,.18)}
button{font:13px system-ui,sans-serif;padding:5px 10px;border:1px solid #c9d0da;border-radius:4px;background:#fff;
 color:#1d2330;cursor:pointer}
button:hover{background:#eef3fb;border-color:#2f6fde}
button.primary{background:#2f6fde;border-color:#2f6fde;color:#fff}
button.primary:hover{background:#275dc0}
.layout{flex:1;min-height:0;display:grid;grid-template-columns:minmax(540px,57%) 1fr;gap:14px;
 padding:14px 22px 16px}
.layout>section{display:flex;flex-direction:column;min-height:0}
.panel{background:#fff;border:1px solid #dde1e7;border-radius:6px}
.count{font-size:12.5px;color:#667085;padding:8px 12px;border-bottom:1px solid #eef0f3}
.listwrap{flex:1;min-height:0;overflow:auto}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{padding:5px 5px;border-bottom:1px solid #eef0f3;text-align:left;white-space:nowrap}
th{position:sticky;top:0;background:#f0f3f7;font-weight:600;font-size:11.5px;color:#3b4557;cursor:pointer;
 user-select:none;z-index:1;white-space:normal;vertical-align:bottom;line-height:1.2}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
th.sorted::after{content:" \25B2";font-size:9px}
th.sorted.desc::after{content:" \25BC"}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f3f7fe}
tbody tr.sel{background:#dfeafd}
tr.more td{text-align:center;padding:10px}
td.case{max-width:125px;overflow:hidden;text-overflow:ellipsis}
td.bad{color:#c0392b;font-weight:600}
td.zero{color:#a0a8b5}
.empty{padding:26px;text-align:center;color:#667085}
.detail{padding:14px 16px;min-height:0;overflow:auto}
.detail h2{font-size:16px;margin:0 0 2px}
.meta{font-size:12.5px;color:#667085;margin-bottom:8px;overflow-wrap:anywhere}
.meta code{font-size:12px}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}
.chip{font-size:12px;border:1px solid #dde1e7;border-radius:12px;padding:2px 9px;background:#f8f9fb}
.chip b{font-variant-numeric:tabular-nums}
.chip.bad{border-color:#e6a5a2;background:#fdf0ef}
.actions{display:flex;gap:8px;margin:8px 0 10px}
.text{font-size:15px;line-height:1.75;background:#fcfcfd;border:1px solid #e4e7ec;border-radius:5px;padding:10px 12px;
 white-space:pre-wrap;overflow-wrap:anywhere}
.text.missing{color:#98a2b3;font-style:italic}
.error{color:#b42318;background:#fef3f2;border:1px solid #fecdca;border-radius:5px;padding:8px 10px;
 white-space:pre-wrap;overflow-wrap:anywhere}
.hl{border-radius:2px}
.hl.claim{padding:1px 0;border-bottom:2px solid}
.hl.claim.attributed{background:rgba(46,139,87,.11);border-color:#2e8b57}
.hl.claim.hedged{background:rgba(212,160,23,.16);border-color:#d4a017}
.hl.claim.misattributed{background:rgba(142,68,173,.13);border-color:#8e44ad}
.hl.claim.unattributed{background:rgba(217,83,79,.15);border-color:#d9534f}
.hl.num{outline:1px solid #6b8fd6;outline-offset:0;background:rgba(107,143,214,.10)}
.hl.num.derived{outline-color:#1a9c95;background:rgba(26,156,149,.10)}
.hl.num.wrong,.hl.num.unsupported{outline:2px solid #c0392b;background:rgba(192,57,43,.16);font-weight:600}
.hl.loaded{text-decoration:underline dotted #8a94a6 2px;text-underline-offset:3px}
.hl.loaded.narrator{text-decoration:underline wavy #e8590c 2px;background:rgba(232,89,12,.10)}
.hot,.hl.hot{box-shadow:0 0 0 2px #2f6fde;background:rgba(47,111,222,.16)!important}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:11.5px;color:#667085;margin:6px 0 4px}
.legend span.hl{padding:0 4px}
h3{font-size:13px;margin:16px 0 6px;color:#3b4557;text-transform:uppercase;letter-spacing:.04em}
.findings td{vertical-align:top;white-space:normal;font-size:12.5px;padding:5px 6px}
.findings tr{cursor:default}
.findings tr.flash{animation:flash 1.2s}
@keyframes flash{from{background:#fff3bf}to{background:transparent}}
.badge{display:inline-block;font-size:11.5px;font-weight:600;border-radius:10px;padding:1px 8px;color:#fff;
 white-space:nowrap}
.badge.attributed{background:#2e8b57}.badge.hedged{background:#b8860b}.badge.misattributed{background:#8e44ad}
.badge.unattributed{background:#d9534f}.badge.correct{background:#4a72c4}.badge.derived{background:#1a9c95}
.badge.wrong,.badge.unsupported{background:#c0392b}.badge.narrator{background:#e8590c}
.badge.quoted,.badge.attributed-voice{background:#8a94a6}.badge.none{background:#d0d5dd;color:#475467}
.rule code{font-size:11.5px;background:#eef1f5;border-radius:3px;padding:0 4px}
.rule div{color:#475467}
.rule small{color:#98a2b3}
.stmt{color:#475467}
.missing{font-size:12.5px;color:#475467;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:4px;
 align-items:center}
.compare{flex:1;min-height:0;overflow:auto;padding:14px 22px 30px}
.compare .head{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin-bottom:10px}
.compare .head h2{font-size:17px;margin:0 12px 0 0}
.toggles{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 12px}
.toggles label{font-size:12.5px;border:1px solid #c9d0da;border-radius:14px;padding:2px 10px;background:#fff;
 cursor:pointer;display:flex;gap:5px;align-items:center}
.cols{display:grid;gap:12px;grid-auto-flow:column;grid-auto-columns:minmax(300px,1fr);overflow-x:auto;
 padding-bottom:6px}
.col{padding:10px 12px}
.col h4{margin:0 0 2px;font-size:14px;overflow-wrap:anywhere}
.col .text{font-size:14px}
.matrix{margin-top:14px;overflow-x:auto}
.matrix td,.matrix th{white-space:normal;vertical-align:top}
.matrix th{cursor:default}
.matrix td.claimcell{min-width:220px;max-width:360px}
kbd{font:11px ui-monospace,monospace;border:1px solid #c9d0da;border-bottom-width:2px;border-radius:3px;
 padding:0 4px;background:#fff}
.hint{font-size:11.5px;color:#98a2b3;margin-top:10px}
"""

JS = r"""
(function () {
'use strict';
var D = JSON.parse(document.getElementById('cnh-data').textContent);
var S = D.summaries;
var VERDICTS = ['attributed', 'hedged', 'misattributed', 'unattributed'];
var ERROR_KINDS = ['value', 'unit', 'referent', 'qualifier', 'period', 'unsupported'];
var FILTERS = ['run', 'model', 'case', 'topic', 'prompt', 'verdict', 'numerr', 'loaded', 'gen', 'q'];
var state = {run: '', model: '', case: '', topic: '', prompt: '', verdict: '', numerr: '', loaded: '', gen: '', q: '',
  sort: '', dir: 1, sel: null, view: 'list', sample: null, hide: []};
var shown = [];
var ui = {};
var PAGE = 500; /* rows drawn at a time: a long run stays quick to filter */
var limit = PAGE;

/* Build an element from properties only: no HTML string is ever parsed. */
function h(tag, props, kids) {
  var e = document.createElement(tag);
  if (props) {
    Object.keys(props).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null) return;
      if (k === 'class') e.className = v;
      else if (k === 'data') Object.keys(v).forEach(function (d) { e.dataset[d] = v[d]; });
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), v);
      else e[k] = v;
    });
  }
  add(e, kids);
  return e;
}
function add(e, kids) {
  if (kids === undefined || kids === null) return e;
  if (!Array.isArray(kids)) kids = [kids];
  kids.forEach(function (k) {
    if (k === null || k === undefined || k === false) return;
    e.appendChild(typeof k === 'object' ? k : document.createTextNode(String(k)));
  });
  return e;
}
function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }
function uniq(xs) { return Array.from(new Set(xs)).sort(function (a, b) { return cmp(a, b); }); }
/* one shared collator: localeCompare with options builds a new one on every call */
var COLLATOR = new Intl.Collator(undefined, {numeric: true});
function cmp(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return COLLATOR.compare(String(a), String(b));
}
function fmt(v, share) {
  if (v === null || v === undefined || isNaN(v)) return '–';
  if (share) return (100 * v).toFixed(0) + '%';
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}
function runLabel(s) { return D.runs[s.run] ? D.runs[s.run].label : String(s.run); }
function caseOf(s) { return D.cases[s.case_id] || null; }
function m(s, k) { return s.metrics && typeof s.metrics[k] === 'number' ? s.metrics[k] : null; }

/* Facts each filter looks at, computed once per summary. */
S.forEach(function (s) {
  var c = caseOf(s);
  s.f = {verdicts: {}, kinds: {}, terms: {}};
  (s.claims || []).forEach(function (cl) {
    s.f.verdicts[cl.verdict] = true;
    var contested = !c || !c.claims[cl.claim_id] || c.claims[cl.claim_id].contested;
    if (cl.verdict === 'unattributed' && contested) s.f.verdicts['bare-contested'] = true;
  });
  (s.numbers || []).forEach(function (n) {
    var k = n.verdict === 'unsupported' ? 'unsupported' : (n.verdict === 'wrong' ? (n.reason || 'value') : null);
    if (k) { s.f.kinds[k] = true; s.f.kinds.any = true; }
  });
  (s.loaded || []).forEach(function (t) {
    if (t.voice === 'narrator') { s.f.terms[t.term] = true; s.f.terms['*'] = true; }
  });
  if (s.error) s.f.verdicts.error = true;
  s.hay = [s.text || '', s.model, s.case_id, s.summary_id, runLabel(s), c ? c.title : ''].join('\n').toLowerCase();
});

function matches(s, skip) {
  var c = caseOf(s);
  if (skip !== 'run' && state.run !== '' && String(s.run) !== state.run) return false;
  if (skip !== 'model' && state.model && s.model !== state.model) return false;
  if (skip !== 'case' && state.case && s.case_id !== state.case) return false;
  if (skip !== 'topic' && state.topic && (c ? c.topic : '') !== state.topic) return false;
  if (skip !== 'prompt' && state.prompt && s.prompt !== state.prompt) return false;
  if (skip !== 'verdict' && state.verdict) {
    if (state.verdict === 'none') { if ((s.claims || []).length || s.error) return false; }
    else if (!s.f.verdicts[state.verdict]) return false;
  }
  if (skip !== 'numerr' && state.numerr && !s.f.kinds[state.numerr]) return false;
  if (skip !== 'loaded' && state.loaded && !s.f.terms[state.loaded]) return false;
  if (skip !== 'gen' && state.gen && (state.gen === 'truncated') !== !!s.truncated) return false;
  if (skip !== 'q' && state.q && s.hay.indexOf(state.q.toLowerCase()) < 0) return false;
  return true;
}

var COLUMNS = [
  {key: 'run', label: 'Run', get: function (s) { return runLabel(s); }, multi: true},
  {key: 'model', label: 'Model', get: function (s) { return s.model; }},
  {key: 'case_id', label: 'Case', get: function (s) { return s.case_id; }, cls: 'case'},
  {key: 'prompt', label: 'Prompt', get: function (s) { return s.prompt + (SAMPLES ? ' #' + s.sample : ''); },
    multi: true},
  {key: 'headline', num: true, metric: true},
  {key: 'coverage', num: true, metric: true, share: true},
  {key: 'unattributed_contested', num: true, metric: true, bad: true},
  {key: 'misattributed', num: true, metric: true, bad: true},
  {key: 'numeric_errors', num: true, metric: true, bad: true},
  {key: 'loaded_terms', num: true, metric: true, bad: true}
];
/* metric columns are named by the metric registry (scorers/metrics.py), which the page carries */
function metricLabel(k) { return D.metrics[k] ? D.metrics[k].label : k; }
function metricTitle(k) {
  var d = D.metrics[k] && D.metrics[k].direction;
  return metricLabel(k) + ' (' + k + ')' + (d ? ', ' + d + ' is better' : '') + ': per summary';
}
COLUMNS.forEach(function (c) { if (c.metric) { c.label = metricLabel(c.key); c.title = metricTitle(c.key); } });
function colValue(col, s) { return col.metric ? m(s, col.key) : col.get(s); }
var SAMPLES = S.some(function (x) { return x.sample; });
var PROMPTS = uniq(S.map(function (x) { return x.prompt; })).length;
/* the run and prompt columns only when there is more than one run, prompt or sample */
function columns() {
  return COLUMNS.filter(function (c) {
    return !c.multi || (c.key === 'run' ? D.runs.length > 1 : PROMPTS > 1 || SAMPLES);
  });
}

/* ---------- URL hash: filters, sort, selection and view survive a reload and can be shared ---------- */
function saveHash() {
  var p = new URLSearchParams();
  FILTERS.forEach(function (k) { if (state[k] !== '') p.set(k, state[k]); });
  if (state.sort) { p.set('sort', state.sort); p.set('dir', String(state.dir)); }
  if (state.sel !== null) p.set('sel', String(state.sel));
  if (state.view === 'compare') p.set('view', 'compare');
  state.hide.forEach(function (name) { p.append('hide', name); });
  var q = p.toString();
  try { history.replaceState(null, '', q ? '#' + q : location.pathname + location.search); } catch (e) { /* */ }
}
function loadHash() {
  var p = new URLSearchParams(location.hash.replace(/^#/, ''));
  FILTERS.forEach(function (k) { if (p.has(k)) state[k] = p.get(k); });
  if (p.has('sort')) { state.sort = p.get('sort'); state.dir = p.get('dir') === '-1' ? -1 : 1; }
  if (p.has('sel') && S[+p.get('sel')]) state.sel = +p.get('sel');
  if (p.get('view') === 'compare' && state.sel !== null) state.view = 'compare';
  state.hide = p.getAll('hide');
}

/* ---------- filters ---------- */
function option(value, label, count) {
  return h('option', {value: value}, count === undefined ? label : label + ' (' + count + ')');
}
/* Each filter: its options ([value, label]) and the option values a summary satisfies (one pass to count). */
function pairs(xs) { return xs.map(function (v) { return [v, v]; }); }
var FILTER_DEFS = [
  {key: 'run', label: 'Run', multi: true,
    values: D.runs.map(function (r, i) { return [String(i), r.label]; }),
    keys: function (s) { return [String(s.run)]; }},
  {key: 'model', label: 'Model', values: pairs(uniq(S.map(function (s) { return s.model; }))),
    keys: function (s) { return [s.model]; }},
  {key: 'case', label: 'Case', values: pairs(uniq(S.map(function (s) { return s.case_id; }))),
    keys: function (s) { return [s.case_id]; }},
  {key: 'topic', label: 'Topic', values: pairs(uniq(Object.keys(D.cases).map(function (k) {
    return D.cases[k].topic; }))),
    keys: function (s) { var c = caseOf(s); return c ? [c.topic] : []; }},
  {key: 'prompt', label: 'Prompt', multi: true, values: pairs(uniq(S.map(function (s) { return s.prompt; }))),
    keys: function (s) { return [s.prompt]; }},
  {key: 'verdict', label: 'Claim verdict',
    values: VERDICTS.map(function (v) { return [v, 'has ' + v]; }).concat(
      [['bare-contested', 'has bare contested'], ['none', 'no claim mentioned'], ['error', 'error record']]),
    keys: function (s) {
      var k = Object.keys(s.f.verdicts);
      if (!(s.claims || []).length && !s.error) k.push('none');
      return k;
    }},
  {key: 'numerr', label: 'Numeric error',
    values: [['any', 'any error']].concat(pairs(ERROR_KINDS)),
    keys: function (s) { return Object.keys(s.f.kinds); }},
  {key: 'loaded', label: 'Loaded term',
    values: [['*', 'any (narrator voice)']].concat(pairs(uniq([].concat.apply([], S.map(function (s) {
      return Object.keys(s.f.terms).filter(function (t) { return t !== '*'; }); }))))),
    keys: function (s) { return Object.keys(s.f.terms); }},
  {key: 'gen', label: 'Generation',
    values: [['truncated', 'truncated (stopped at max_tokens)'], ['complete', 'complete']],
    keys: function (s) { return [s.truncated ? 'truncated' : 'complete']; }}
];

function buildFilters() {
  var bar = h('div', {class: 'bar', id: 'filters'});
  FILTER_DEFS.forEach(function (def) {
    var sel = h('select', {id: 'f-' + def.key, name: def.key,
      onchange: function () { state[def.key] = sel.value; state.view = 'list'; update(); }});
    def.el = sel;
    var lab = h('label', null, [def.label, sel]);
    if (def.multi && def.values.length < 2) lab.hidden = true;
    bar.appendChild(lab);
  });
  var q = h('input', {type: 'search', id: 'f-q', placeholder: 'text, id, model…',
    oninput: function () { state.q = q.value; state.view = 'list'; update(); }});
  ui.q = q;
  bar.appendChild(h('label', null, ['Search', q]));
  bar.appendChild(h('button', {id: 'reset', type: 'button', onclick: function () {
    FILTERS.forEach(function (k) { state[k] = ''; }); state.view = 'list'; update(); }}, 'Reset filters'));
  return bar;
}
/* Each option shows how many summaries it would leave, given the other filters. */
function refreshFilters() {
  FILTER_DEFS.forEach(function (def) {
    var counts = {}, total = 0;
    S.forEach(function (s) {
      if (!matches(s, def.key)) return;
      total += 1;
      def.keys(s).forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
    });
    var sel = clear(def.el);
    sel.appendChild(option('', 'all', total));
    def.values.forEach(function (pair) {
      var n = counts[pair[0]] || 0;
      var o = option(pair[0], pair[1], n);
      if (!n && pair[0] !== state[def.key]) o.disabled = true;
      sel.appendChild(o);
    });
    sel.value = state[def.key];
    sel.classList.toggle('on', state[def.key] !== '');
  });
  ui.q.value = state.q;
  ui.q.classList.toggle('on', state.q !== '');
}

/* ---------- the list ---------- */
function sortShown() {
  var col = columns().filter(function (c) { return c.key === state.sort; })[0];
  shown.sort(function (a, b) {
    if (col) {
      var va = colValue(col, a), vb = colValue(col, b);
      if (va === null || va === undefined) return (vb === null || vb === undefined) ? a.i - b.i : 1;
      if (vb === null || vb === undefined) return -1;
      var r = cmp(va, vb) * state.dir;
      if (r) return r;
    }
    return a.rank - b.rank;
  });
}
/* the default order (case, prompt, sample, model, run), computed once: every sort breaks ties with it */
S.slice().sort(function (a, b) {
  return cmp(a.case_id, b.case_id) || cmp(a.prompt, b.prompt) || cmp(a.sample, b.sample) ||
    cmp(a.model, b.model) || a.run - b.run || a.i - b.i;
}).forEach(function (s, n) { s.rank = n; });
function renderList() {
  var cols = columns();
  var head = h('tr', null, cols.map(function (c) {
    var cls = (c.num ? 'num ' : '') + (state.sort === c.key ? 'sorted' + (state.dir < 0 ? ' desc' : '') : '');
    return h('th', {class: cls, title: (c.title || c.label) + ' · click to sort', data: {key: c.key},
      onclick: function () {
      if (state.sort === c.key) state.dir = -state.dir;
      else { state.sort = c.key; state.dir = c.num && c.key !== 'headline' && c.key !== 'coverage' ? -1 : 1; }
      update();
    }}, c.label);
  }));
  var body = h('tbody');
  var at = shown.findIndex(function (s) { return s.i === state.sel; });
  if (at >= limit) limit = (Math.floor(at / PAGE) + 1) * PAGE;
  shown.slice(0, limit).forEach(function (s) {
    var tr = h('tr', {data: {i: String(s.i)}, class: s.i === state.sel ? 'sel' : '',
      onclick: function () { select(s.i); }});
    cols.forEach(function (c) {
      var v = colValue(c, s);
      var cls = (c.num ? 'num ' : '') + (c.cls || '');
      if (c.bad && v > 0) cls += ' bad';
      else if (c.bad && v === 0) cls += ' zero';
      var txt = c.num ? fmt(v, c.share) : v;
      if (c.key === 'model' && s.error) txt = v + ' (error)';
      var tip = c.key === 'case_id' ? s.case_id + (caseOf(s) ? ': ' + caseOf(s).title : '') : null;
      tr.appendChild(h('td', {class: cls, title: tip}, txt));
    });
    body.appendChild(tr);
  });
  if (shown.length > limit) {
    body.appendChild(h('tr', {class: 'more'}, h('td', {colSpan: cols.length}, h('button', {id: 'more', type: 'button',
      onclick: function () { limit += PAGE; renderList(); }},
    'Show ' + Math.min(PAGE, shown.length - limit) + ' more (' + (shown.length - limit) + ' not drawn yet)'))));
  }
  clear(ui.table).appendChild(h('thead', null, head));
  ui.table.appendChild(body);
  ui.count.textContent = shown.length + ' of ' + S.length + ' summaries' +
    (shown.length < S.length ? ' match the filters' : '') + ' · click a row for its evidence, a header to sort';
  ui.empty.hidden = shown.length > 0;
}

/* ---------- highlighted text ---------- */
function cpToUnit(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return function (i) { return i; };
  var map = [], u = 0;
  Array.from(text).forEach(function (ch) { map.push(u); u += ch.length; });
  map.push(u);
  return function (i) { return i < map.length ? map[i] : -1; };
}
function findingLabel(kind, f) {
  if (kind === 'claim') return 'claim ' + f.claim_id + ': ' + f.verdict;
  if (kind === 'num') return 'number ' + f.text + ': ' + f.verdict + (f.reason ? ' (' + f.reason + ')' : '');
  return 'loaded term ' + f.term + ': ' + f.voice + ' voice';
}
function spansOf(s, key) {
  var conv = cpToUnit(s.text), len = s.text.length, out = [];
  [['claim', s.claims, 'verdict'], ['num', s.numbers, 'verdict'], ['loaded', s.loaded, 'voice']].forEach(
    function (g) {
      (g[1] || []).forEach(function (f, n) {
        if (!Array.isArray(f.span) || f.span.length !== 2) return;
        var a = conv(f.span[0]), b = conv(f.span[1]);
        if (!(a >= 0 && b > a && b <= len)) return;
        var rule = f.rule_id ? ' · rule ' + f.rule_id : '';
        out.push({a: a, b: b, key: key + g[0][0] + n, cls: 'hl ' + g[0] + ' ' + f[g[2]] +
          (f.reason ? ' ' + f.reason : ''), title: findingLabel(g[0], f) + rule, kids: []});
      });
    });
  out.sort(function (x, y) { return x.a - y.a || y.b - x.b; });
  var root = {a: 0, b: len, kids: []}, stack = [root];
  out.forEach(function (sp) {
    while (stack.length > 1 && stack[stack.length - 1].b <= sp.a) stack.pop();
    var top = stack[stack.length - 1];
    if (sp.b > top.b) return; /* crosses an open span: dropped, the finding stays listed */
    top.kids.push(sp);
    stack.push(sp);
  });
  return root;
}
function renderNode(text, node, into) {
  var pos = node.a;
  node.kids.forEach(function (k) {
    if (k.a > pos) into.appendChild(document.createTextNode(text.slice(pos, k.a)));
    var e = h('span', {class: k.cls, title: k.title, data: {key: k.key}});
    renderNode(text, k, e);
    into.appendChild(e);
    pos = k.b;
  });
  if (pos < node.b) into.appendChild(document.createTextNode(text.slice(pos, node.b)));
}
function textBlock(s, key) {
  if (s.error) return h('div', {class: 'error'}, 'error record: ' + s.error);
  if (typeof s.text !== 'string') {
    return h('div', {class: 'text missing'}, 'summary text not available (no text in the record or the run)');
  }
  var box = h('div', {class: 'text', data: {summary: s.summary_id}});
  renderNode(s.text, spansOf(s, key), box);
  if (s.truncated) {  // the model stopped at max_tokens: the summary may end mid-sentence
    return h('div', {}, [h('div', {class: 'error truncated'}, 'truncated: generation stopped at max_tokens' +
      (s.finish_reason ? ' (finish_reason ' + s.finish_reason + ')' : '')), box]);
  }
  return box;
}
function legend() {
  var items = VERDICTS.map(function (v) { return ['hl claim ' + v, 'claim ' + v]; }).concat([
    ['hl num correct', 'number correct'], ['hl num derived', 'derived'], ['hl num wrong', 'numeric error'],
    ['hl loaded narrator', 'loaded (narrator)'], ['hl loaded quoted', 'loaded (quoted)']]);
  return h('div', {class: 'legend'}, items.map(function (p) { return h('span', {class: p[0]}, p[1]); }));
}

/* ---------- findings with their rules ---------- */
function ruleCell(f) {
  var r = f.rule_id ? D.rules[f.rule_id] : null;
  return h('td', {class: 'rule'}, [
    f.rule_id ? h('code', null, f.rule_id) : h('small', null, 'no rule id in the record'),
    r ? h('div', null, r.description) : (f.rule_id ? h('small', null, ' (not in this rulebook)') : null),
    f.rule ? h('small', null, 'why: ' + f.rule) : null]);
}
function badge(v, cls) { return h('span', {class: 'badge ' + (cls || v)}, v); }
function findings(s, key) {
  var c = caseOf(s), out = h('div', {class: 'findings'});
  function section(title, rows, headers) {
    out.appendChild(h('h3', null, title + ' (' + rows.length + ')'));
    if (!rows.length) return;
    var t = h('table', null, h('thead', null, h('tr', null, headers.map(function (x) { return h('th', null, x); }))));
    var b = h('tbody');
    rows.forEach(function (r) { b.appendChild(r); });
    t.appendChild(b);
    out.appendChild(t);
  }
  section('Claims', (s.claims || []).map(function (f, n) {
    var cl = c && c.claims[f.claim_id];
    return h('tr', {data: {key: key + 'c' + n}}, [
      h('td', null, [h('code', null, f.claim_id), cl ? h('div', {class: 'stmt'}, cl.statement +
        (cl.contested ? '' : ' (not contested)')) : null]),
      h('td', null, [badge(f.verdict), f.source_text || f.source ? h('div', null, 'source: ' +
        (f.source_text || f.source) + (f.source && f.source_text ? ' [' + f.source + ']' : '')) : null]),
      ruleCell(f)]);
  }), ['claim', 'verdict', 'rule']);
  if (c) { /* what coverage counts against the summary */
    var said = {};
    (s.claims || []).forEach(function (f) { said[f.claim_id] = true; });
    var missing = Object.keys(c.claims).filter(function (id) { return c.claims[id].required && !said[id]; });
    if (missing.length && !s.error) {
      out.appendChild(h('div', {class: 'missing', id: key + '-missing'}, ['Required claims not mentioned: '].concat(
        missing.map(function (id) { return h('span', {class: 'chip', title: c.claims[id].statement}, id); }))));
    }
  }
  section('Numbers', (s.numbers || []).map(function (f, n) {
    var num = c && f.number_id ? c.numbers[f.number_id] : null;
    var what = f.number_id ? f.number_id + (num ? ' = ' + (num.qualifier && num.qualifier !== 'exact' ?
      num.qualifier + ' ' : '') + num.value + ' ' + num.unit : '') : 'no case number';
    return h('tr', {data: {key: key + 'n' + n}}, [
      h('td', null, [h('b', null, f.text), h('div', {class: 'stmt'}, what)]),
      h('td', null, [badge(f.verdict), f.reason ? h('div', null, f.reason) : null]), ruleCell(f)]);
  }), ['number', 'verdict', 'rule']);
  section('Loaded language', (s.loaded || []).map(function (f, n) {
    var t = c && c.loaded[f.term];
    return h('tr', {data: {key: key + 'l' + n}}, [
      h('td', null, [h('b', null, f.term), t ? h('div', {class: 'stmt'}, t.side + ' term' +
        (t.neutral ? '; neutral: ' + t.neutral : '')) : null]),
      h('td', null, badge(f.voice, f.voice === 'attributed' ? 'attributed-voice' : f.voice)), ruleCell(f)]);
  }), ['term', 'voice', 'rule']);
  return out;
}
/* Hovering a highlight or a finding lights up both; clicking a highlight scrolls to its finding. */
function linkHover(root) {
  function keyOf(t) { var e = t.closest ? t.closest('[data-key]') : null; return e ? e.dataset.key : null; }
  function mark(k, on) {
    root.querySelectorAll('[data-key]').forEach(function (e) {
      if (e.dataset.key === k) e.classList.toggle('hot', on);
    });
  }
  root.addEventListener('mouseover', function (ev) { var k = keyOf(ev.target); if (k) mark(k, true); });
  root.addEventListener('mouseout', function (ev) { var k = keyOf(ev.target); if (k) mark(k, false); });
  root.addEventListener('click', function (ev) {
    var k = keyOf(ev.target);
    if (!k || !ev.target.closest('.text')) return;
    root.querySelectorAll('tr[data-key]').forEach(function (tr) {
      if (tr.dataset.key !== k) return;
      tr.scrollIntoView({block: 'nearest'});
      tr.classList.remove('flash'); void tr.offsetWidth; tr.classList.add('flash');
    });
  });
}
function chips(s) {
  /* [metric, shown as a share, a finding when above zero] */
  var defs = [['headline'], ['coverage', true], ['unattributed_contested', false, true],
    ['misattributed', false, true], ['hedged'], ['numeric_errors', false, true], ['loaded_terms', false, true]];
  return h('div', {class: 'chips'}, defs.filter(function (d) { return m(s, d[0]) !== null; }).map(function (d) {
    var v = m(s, d[0]);
    return h('span', {class: 'chip' + (d[2] && v > 0 ? ' bad' : ''), title: metricTitle(d[0])},
      [metricLabel(d[0]) + ' ', h('b', null, fmt(v, d[1]))]);
  }));
}
function group(s) {
  return S.filter(function (x) { return x.case_id === s.case_id && x.prompt === s.prompt; });
}

function renderDetail() {
  var d = clear(ui.detail);
  var s = state.sel !== null ? S[state.sel] : null;
  if (!s || shown.indexOf(s) < 0) {
    d.appendChild(h('div', {class: 'empty'}, shown.length ? 'Select a summary in the list to see its text, ' +
      'every highlighted verdict and the rule behind it.' : 'Nothing to show.'));
    d.appendChild(h('div', {class: 'hint'}, [h('kbd', null, '↑'), ' ', h('kbd', null, '↓'),
      ' move through the list · ', h('kbd', null, 'c'), ' compare · ', h('kbd', null, 'Esc'), ' back']));
    return;
  }
  var c = caseOf(s), others = group(s).length - 1;
  d.appendChild(h('h2', {id: 'detail-title'}, [s.model, h('span', {class: 'meta'}, D.runs.length > 1 ?
    '  ·  run ' + runLabel(s) : '')]));
  d.appendChild(h('div', {class: 'meta'}, [c ? c.title + ' · ' : '', h('code', null, s.case_id),
    c ? ' · topic ' + c.topic : '', ' · prompt ' + s.prompt + ' · sample ' + s.sample + ' · ',
    h('code', null, s.summary_id)]));
  d.appendChild(chips(s));
  d.appendChild(h('div', {class: 'actions'}, [
    h('button', {id: 'compare-btn', class: 'primary', type: 'button', disabled: others < 1,
      title: 'every model and run that summarised this case with this prompt, side by side',
      onclick: function () { state.view = 'compare'; update(); }},
      'Compare side by side (' + (others + 1) + ')')]));
  d.appendChild(textBlock(s, 'd'));
  d.appendChild(legend());
  d.appendChild(findings(s, 'd'));
  d.appendChild(h('div', {class: 'hint'}, [h('kbd', null, '↑'), ' ', h('kbd', null, '↓'),
    ' move through the list · ', h('kbd', null, 'c'), ' compare · hover a highlight to find its verdict']));
}

/* ---------- side by side ---------- */
function colName(s) { return s.model + (D.runs.length > 1 ? ' [' + runLabel(s) + ']' : ''); }
function renderCompare() {
  var box = clear(ui.compare);
  var s = S[state.sel];
  var c = caseOf(s);
  var all = group(s);
  var samples = uniq(all.map(function (x) { return x.sample; }));
  var sample = samples.indexOf(state.sample) >= 0 ? state.sample : s.sample;
  var peers = all.filter(function (x) { return x.sample === sample; });
  peers.sort(function (a, b) { return a.run - b.run || cmp(a.model, b.model); });
  var cases = uniq(S.filter(function (x) { return x.prompt === s.prompt; }).map(function (x) { return x.case_id; }));
  var caseSel = h('select', {id: 'compare-case', onchange: function () {
    var next = S.filter(function (x) {
      return x.case_id === caseSel.value && x.prompt === s.prompt && x.model === s.model && x.run === s.run;
    })[0] || S.filter(function (x) { return x.case_id === caseSel.value && x.prompt === s.prompt; })[0];
    if (next) { state.sel = next.i; update(); }
  }}, cases.map(function (k) { return option(k, k); }));
  caseSel.value = s.case_id;
  var head = h('div', {class: 'head'}, [
    h('button', {id: 'back', type: 'button', onclick: function () { state.view = 'list'; update(); }}, '← List'),
    h('h2', null, c ? c.title : s.case_id),
    h('label', null, ['case ', caseSel]),
    h('span', {class: 'meta'}, 'prompt ' + s.prompt + (samples.length > 1 ? '' : ' · sample ' + sample))]);
  if (samples.length > 1) {
    var sampleSel = h('select', {id: 'compare-sample', onchange: function () {
      state.sample = +sampleSel.value; update();
    }}, samples.map(function (k) { return option(String(k), 'sample ' + k); }));
    sampleSel.value = String(sample);
    head.appendChild(h('label', null, [' ', sampleSel]));
  }
  box.appendChild(head);
  var toggles = h('div', {class: 'toggles'}, peers.map(function (p) {
    var name = colName(p);
    var cb = h('input', {type: 'checkbox', checked: state.hide.indexOf(name) < 0, onchange: function () {
      state.hide = cb.checked ? state.hide.filter(function (x) { return x !== name; }) : state.hide.concat([name]);
      update();
    }});
    return h('label', {title: 'show or hide this column'}, [cb, name]);
  }));
  box.appendChild(toggles);
  var visible = peers.filter(function (p) { return state.hide.indexOf(colName(p)) < 0; });
  var cols = h('div', {class: 'cols', id: 'compare-cols'});
  visible.forEach(function (p) {
    var col = h('div', {class: 'panel col', data: {i: String(p.i)}}, [
      h('h4', null, colName(p)), h('div', {class: 'meta'}, p.summary_id), chips(p), textBlock(p, 'x' + p.i + '-')]);
    linkHover(col);
    cols.appendChild(col);
  });
  box.appendChild(cols);
  box.appendChild(legend());
  /* one row per claim of the case: each column's verdict, with its rule on hover */
  var claimIds = c ? Object.keys(c.claims) : uniq([].concat.apply([], visible.map(function (p) {
    return (p.claims || []).map(function (f) { return f.claim_id; }); })));
  var t = h('table', {class: 'panel'}, h('thead', null, h('tr', null, [h('th', null, 'claim')].concat(
    visible.map(function (p) { return h('th', null, colName(p)); })))));
  var tb = h('tbody');
  claimIds.forEach(function (id) {
    var cl = c && c.claims[id];
    var tr = h('tr', null, h('td', {class: 'claimcell'}, [h('code', null, id), cl ? h('div', {class: 'stmt'},
      cl.statement + (cl.contested ? '' : ' (not contested)')) : null]));
    visible.forEach(function (p) {
      var f = (p.claims || []).filter(function (x) { return x.claim_id === id; })[0];
      var r = f && f.rule_id ? D.rules[f.rule_id] : null;
      tr.appendChild(h('td', {title: f ? (f.rule_id || '') + (r ? ': ' + r.description : '') : 'not mentioned'},
        f ? [badge(f.verdict), h('div', {class: 'rule'}, h('code', null, f.rule_id || ''))] : badge('—', 'none')));
    });
    tb.appendChild(tr);
  });
  ['numeric_errors', 'loaded_terms', 'coverage', 'headline'].forEach(function (k) {
    var tr = h('tr', null, h('td', {class: 'claimcell', title: metricTitle(k)}, h('b', null, metricLabel(k))));
    visible.forEach(function (p) { tr.appendChild(h('td', {class: 'num'}, fmt(m(p, k), k === 'coverage'))); });
    tb.appendChild(tr);
  });
  t.appendChild(tb);
  box.appendChild(h('div', {class: 'matrix', id: 'compare-matrix'}, t));
}

/* ---------- wiring ---------- */
function select(i) {
  state.sel = i;
  ui.table.querySelectorAll('tbody tr').forEach(function (tr) {
    tr.classList.toggle('sel', tr.dataset.i === String(i));
  });
  renderDetail();
  ui.detail.scrollTop = 0;
  saveHash();
}
function update() {
  if (state.view === 'compare' && (state.sel === null || !S[state.sel])) state.view = 'list';
  shown = S.filter(function (s) { return matches(s); });
  limit = PAGE;
  sortShown();
  refreshFilters();
  ui.layout.hidden = state.view !== 'list';
  ui.compare.hidden = state.view !== 'compare';
  if (state.view === 'compare') renderCompare();
  else { renderList(); renderDetail(); }
  saveHash();
}
function move(step) {
  if (!shown.length) return;
  var at = shown.findIndex(function (s) { return s.i === state.sel; });
  var pos = Math.max(0, Math.min(shown.length - 1, at < 0 ? 0 : at + step));
  if (pos >= limit) { limit += PAGE; renderList(); }
  select(shown[pos].i);
  var row = ui.table.querySelector('tr.sel');
  if (row) row.scrollIntoView({block: 'nearest'});
}
document.addEventListener('keydown', function (ev) {
  var tag = ev.target && ev.target.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === 'ArrowDown' || ev.key === 'j') { if (state.view === 'list') { move(1); ev.preventDefault(); } }
  else if (ev.key === 'ArrowUp' || ev.key === 'k') { if (state.view === 'list') { move(-1); ev.preventDefault(); } }
  else if (ev.key === 'c' && state.sel !== null && state.view === 'list') { state.view = 'compare'; update(); }
  else if (ev.key === 'Escape' && state.view === 'compare') { state.view = 'list'; update(); }
});

function build() {
  document.title = D.title;
  var runs = h('div', {class: 'runs'}, D.runs.map(function (r) {
    return h('div', null, [h('b', null, r.label), ' ' + r.path + ' · ', r.signature || '(no signature)']);
  }));
  document.body.appendChild(h('header', null, [h('h1', null, D.title), runs,
    D.warning ? h('div', {class: 'warning', id: 'warning'}, D.warning) : null]));
  document.body.appendChild(buildFilters());
  ui.table = h('table', {id: 'list'});
  ui.count = h('div', {class: 'count', id: 'count'});
  ui.empty = h('div', {class: 'empty', id: 'empty', hidden: true}, [
    'No summary matches these filters. ',
    h('button', {type: 'button', onclick: function () {
      FILTERS.forEach(function (k) { state[k] = ''; }); update(); }}, 'Reset filters')]);
  ui.detail = h('section', {class: 'panel detail', id: 'detail'});
  linkHover(ui.detail);
  ui.layout = h('div', {class: 'layout', id: 'layout'}, [
    h('section', {class: 'panel'}, [ui.count, ui.listwrap = h('div', {class: 'listwrap'}, [ui.table, ui.empty])]),
    ui.detail]);
  ui.compare = h('section', {class: 'compare', id: 'compare', hidden: true});
  document.body.appendChild(ui.layout);
  document.body.appendChild(ui.compare);
  loadHash();
  update();
  document.body.dataset.ready = '1';
}
build();
})();
"""
