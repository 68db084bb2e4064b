'use strict';
(function () {
  const { request, status, el } = window.gr;
  const results = [];

  function row(r, index) {
    const tr = el('tr');
    const name = el('td');
    name.append(el('a', { href: '#report-' + index }, r.file));
    tr.append(name, el('td', {}, r.agency || (r.unreadable ? '无法读取' : '—')), el('td', {}, r.year ? String(r.year) : '—'));
    const errors = el('td'); errors.append(el('span', { class: 'badge ' + (r.errors ? 'error' : 'clean') }, String(r.errors)));
    const warnings = el('td'); warnings.append(el('span', { class: 'badge ' + (r.warnings ? 'warning' : 'clean') }, String(r.warnings)));
    tr.append(errors, warnings);
    return tr;
  }

  function details(r, index) {
    const box = el('section', { id: 'report-' + index, class: 'group' });
    box.append(el('h3', {}, r.file + (r.agency ? '（' + r.agency + (r.year ? ' ' + r.year + '年' : '') + '）' : '')));
    const list = el('ol', { class: 'findings' });
    if (r.findings.length === 0) list.append(el('li', { class: 'clean' }, '没有发现问题。'));
    for (const f of r.findings) {
      const li = el('li', { class: f.severity });
      const p = el('div', { class: 'finding' });
      p.append(el('span', { class: 'badge ' + f.severity }, f.severityText + ' ' + f.rule), document.createTextNode(' ' + f.message));
      // Where a reviewer finds it on the page (表三 第二行…, 五、…); the source line after it, for the records.
      if (f.place || f.location) p.append(el('div', { class: 'muted' }, (f.place ? '位置：' + f.place : '') + (f.location ? '（原文 ' + f.location + '）' : '')));
      li.append(p);
      list.append(li);
    }
    box.append(list);
    return box;
  }

  function save(name, type, text) {
    const a = el('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // A cell that Excel or WPS would take for a formula (a file uploaded as =HYPERLINK(…).txt) is kept as text by a leading '.
  function csvField(v) {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv() {
    const lines = [['文件', '机关', '年度', '错误数', '警告数', '规则', '严重程度', '位置', '说明']];
    for (const r of results) {
      const head = [r.file, r.agency, r.year, r.errors, r.warnings];
      if (r.findings.length === 0) lines.push([...head, '', '', '', '没有发现问题']);
      for (const f of r.findings) lines.push([...head, f.rule, f.severityText, f.location, f.message]);
    }
    // A byte-order mark so that Excel and WPS open the Chinese text as UTF-8.
    return '\uFEFF' + lines.map(l => l.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  document.getElementById('upload').addEventListener('submit', async (e) => {
    e.preventDefault();
    const files = [...document.getElementById('files').files];
    if (files.length === 0) return;
    results.length = 0;
    const body = document.querySelector('#summary tbody');
    const detail = document.getElementById('details');
    body.replaceChildren();
    detail.replaceChildren();
    document.getElementById('results').hidden = false;
    for (let i = 0; i < files.length; i++) {
      status('正在检查 ' + files[i].name + '（' + (i + 1) + '/' + files.length + '）……');
      const { ok, data } = await request('POST', 'api/check-published?name=' + encodeURIComponent(files[i].name), files[i], 'application/octet-stream');
      const r = ok ? data : { file: files[i].name, agency: null, year: null, errors: 1, warnings: 0, unreadable: true,
        findings: [{ rule: '', severity: 'error', severityText: '错误', message: data.error, location: null }] };
      results.push(r);
      body.append(row(r, i));
      detail.append(details(r, i));
    }
    const errors = results.reduce((n, r) => n + r.errors, 0);
    status('已检查' + results.length + '份报告：' + (errors ? '共' + errors + '个错误' : '没有错误'), errors ? 'warning' : 'ok');
  });
  // A published report of the editor's folder, opened from the list (check?file=NAME): checked on the server.
  const inFolder = new URLSearchParams(location.search).get('file');
  if (inFolder) {
    (async () => {
      document.getElementById('results').hidden = false;
      status('正在检查 ' + inFolder + '……');
      const { ok, data } = await request('GET', 'api/published/' + encodeURIComponent(inFolder) + '/check');
      const r = ok ? data : { file: inFolder, agency: null, year: null, errors: 1, warnings: 0, unreadable: true,
        findings: [{ rule: '', severity: 'error', severityText: '错误', message: data.error, location: null }] };
      results.push(r);
      document.querySelector('#summary tbody').append(row(r, 0));
      document.getElementById('details').append(details(r, 0));
      status('已检查：' + (r.errors ? r.errors + '个错误' : '没有错误'), r.errors ? 'warning' : 'ok');
    })();
  }
  document.getElementById('save-csv').addEventListener('click', () => save('年度报告检查结果.csv', 'text/csv;charset=utf-8', csv()));
  document.getElementById('save-json').addEventListener('click', () => save('年度报告检查结果.json', 'application/json', JSON.stringify(results, null, 2)));
})();
