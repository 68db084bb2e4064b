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
      const rename = el('button', { type: 'button', class: 'link', 'aria-label': '改名 ' + r.file }, '改名');
      rename.addEventListener('click', async () => {
        const to = prompt('新的文件名（扩展名不变）：', r.file);
        if (!to || to === r.file) return;
        const { ok, data } = await request('POST', 'api/reports/' + encodeURIComponent(r.file) + '/rename?to=' + encodeURIComponent(to.trim()));
        if (ok) { status('已改名为“' + data.file + '”', 'ok'); load(); } else status(data.error, 'error');
      });
      const remove = el('button', { type: 'button', class: 'link', 'aria-label': '删除 ' + r.file }, '删除');
      remove.addEventListener('click', async () => {
        if (!confirm('删除“' + r.file + '”（' + (r.agency || '') + (r.year ? r.year + '年度' : '') + '）？删除后不能恢复。')) return;
        const { ok, data } = await request('DELETE', 'api/reports/' + encodeURIComponent(r.file));
        if (ok) { status('已删除“' + r.file + '”', 'ok'); load(); } else status(data.error, 'error');
      });
      act.append(' ', rename, ' ', remove);
      row.append(act);
      body.append(row);
      select.append(el('option', { value: r.file }, r.file + (r.agency ? '（' + r.agency + (r.year ? ' ' + r.year + '年' : '') + '）' : '')));
    }
    document.getElementById('next-from').querySelector('button').disabled = data.length === 0;
    const published = await request('GET', 'api/published');
    const list = document.getElementById('published');
    list.replaceChildren();
    for (const p of published.ok ? published.data : []) {
      const li = el('li');
      li.append(document.createTextNode(p.file + ' '), el('a', { href: 'check?file=' + encodeURIComponent(p.file), 'aria-label': '检查 ' + p.file }, '检查'));
      list.append(li);
    }
    document.getElementById('published-section').hidden = list.childElementCount === 0;
  }

  function open(file) { location.href = 'edit?file=' + encodeURIComponent(file); }

  // A new file, or the existing one of the same agency and year when the clerk says so (never a quiet -2 copy); what did
  // not read well in an uploaded report is said in the editor it opens.
  async function created(url, body, contentType) {
    let answer = await request('POST', url, body, contentType);
    if (answer.status === 409 && answer.data.existing) {
      if (confirm(answer.data.error + '。\n确定：打开已有的报告；取消：另建一份副本')) { open(answer.data.existing); return; }
      answer = await request('POST', url + (url.indexOf('?') < 0 ? '?' : '&') + 'another=true', body, contentType);
    }
    if (!answer.ok) { status(answer.data.error, 'error'); return; }
    const notes = answer.data.readNotes || [];
    if (notes.length) {
      sessionStorage.setItem('gr-note:' + answer.data.file, '上年度的报告读得不完整（' + notes.length + '处，如：' + notes[0]
        + '）：带入的数字请核对；详见“检查已发布的报告”');
    }
    open(answer.data.file);
  }

  document.getElementById('create-year').value = defaultYear();
  document.getElementById('create').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    status('正在新建……');
    await created('api/reports', { agency: f.agency.value.trim(), year: Number(f.year.value), kind: f.kind.value });
  });
  document.getElementById('next-from').addEventListener('submit', async (e) => {
    e.preventDefault();
    const from = e.target.from.value;
    if (!from) return;
    status('正在生成……');
    await created('api/next-year?from=' + encodeURIComponent(from));
  });
  document.getElementById('next-upload').addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = e.target.file.files[0];
    if (!file) return;
    status('正在读取 ' + file.name + '……');
    await created('api/next-year?upload=' + encodeURIComponent(file.name), file, 'application/octet-stream');
  });
  load();
  // Back from the editor: the list as it is now, not as the browser kept it.
  window.addEventListener('pageshow', (e) => { if (e.persisted) load(); });
})();
