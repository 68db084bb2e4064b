'use strict';
(function () {
  const { request, status, el } = window.gr;

  function defaultYear() {
    const today = new Date();
    return today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
  }

  function statusCell(r) {
    if (r.unreadable) return el('span', { class: 'badge error' }, '无法读取');
    if (r.errors > 0) return el('span', { class: 'badge error' }, r.errors + '个错误' + (r.warnings ? '，' + r.warnings + '个警告' : ''));
    if (r.warnings > 0) return el('span', { class: 'badge warning' }, r.warnings + '个警告');
    return el('span', { class: 'badge clean' }, '通过');
  }

  async function load() {
    const { ok, data } = await request('GET', 'api/reports');
    const body = document.querySelector('#reports tbody');
    body.replaceChildren();
    const select = document.getElementById('next-file');
    select.replaceChildren();
    if (!ok) { status(data.error, 'error'); return; }
    if (data.length === 0) {
      const row = el('tr');
      row.append(el('td', { colspan: 5 }, '本目录中还没有报告：在下面新建一份，或从上年度的报告开始。'));
      body.append(row);
    }
    for (const r of data) {
      const row = el('tr');
      row.append(el('td', {}, r.file), el('td', {}, r.agency || '—'), el('td', {}, r.year ? String(r.year) : '—'));
      const st = el('td'); st.append(statusCell(r)); row.append(st);
      const act = el('td');
      act.append(el('a', { href: 'edit?file=' + encodeURIComponent(r.file), 'aria-label': '编辑 ' + r.file }, '编辑'));
      row.append(act);
      body.append(row);
      select.append(el('option', { value: r.file }, r.file + (r.agency ? '（' + r.agency + (r.year ? ' ' + r.year + '年' : '') + '）' : '')));
    }
    document.getElementById('next-from').querySelector('button').disabled = data.length === 0;
  }

  function open(file) { location.href = 'edit?file=' + encodeURIComponent(file); }

  document.getElementById('create-year').value = defaultYear();
  document.getElementById('create').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    status('正在新建……');
    const { ok, data } = await request('POST', 'api/reports',
      { agency: f.agency.value.trim(), year: Number(f.year.value), kind: f.kind.value });
    if (ok) open(data.file); else status(data.error, 'error');
  });
  document.getElementById('next-from').addEventListener('submit', async (e) => {
    e.preventDefault();
    const from = e.target.from.value;
    if (!from) return;
    status('正在生成……');
    const { ok, data } = await request('POST', 'api/next-year?from=' + encodeURIComponent(from));
    if (ok) open(data.file); else status(data.error, 'error');
  });
  document.getElementById('next-upload').addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = e.target.file.files[0];
    if (!file) return;
    status('正在读取 ' + file.name + '……');
    const { ok, data } = await request('POST', 'api/next-year?upload=' + encodeURIComponent(file.name), file, 'application/octet-stream');
    if (ok) open(data.file); else status(data.error, 'error');
  });
  load();
  // Back from the editor: the list as it is now, not as the browser kept it.
  window.addEventListener('pageshow', (e) => { if (e.persisted) load(); });
})();
