'use strict';
// 从台账填入: the editor takes a ledger (.xlsx, .xls), asks the server to count 表三 and 表四 of the report's year, fills
// those cells (the editor then totals, checks and marks the file changed as for typed numbers) and lists the rows the
// count could not place. Kept apart from editor.js: it only adds a button and a list, and talks to the cells by key.
(function () {
  const actions = document.querySelector('.bar .actions');
  if (!actions) return;
  const picker = Object.assign(document.createElement('input'), { type: 'file', accept: '.xlsx,.xls', hidden: true, id: 'ledger-file' });
  const button = Object.assign(document.createElement('button'), { type: 'button', id: 'ledger-fill', textContent: '从台账填入表三、表四' });
  button.title = '上传政府信息公开申请登记台账（.xlsx 或 .xls），按报告年度统计表三、表四并填入';
  actions.prepend(button, picker);
  const list = Object.assign(document.createElement('section'), { id: 'ledger-report', className: 'ledger-report', hidden: true });
  list.setAttribute('aria-live', 'polite');
  // Above the form, where the clerk reads it before the tables it filled (messages themselves go to the sticky bar).
  document.getElementById('form').before(list);

  button.addEventListener('click', () => picker.click());
  picker.addEventListener('change', async () => {
    const file = picker.files[0];
    picker.value = '';
    if (!file) return;
    const yearInput = document.querySelector('[data-key="year"]');
    const year = yearInput ? yearInput.value : '';
    window.gr.status('正在统计台账 ' + file.name + ' …');
    const { ok, data } = await window.gr.request('POST',
      'api/ledger?year=' + encodeURIComponent(year) + '&name=' + encodeURIComponent(file.name), file, 'application/octet-stream');
    if (!ok) { window.gr.status(data.error, 'error'); return; }
    for (const [key, value] of Object.entries(data.values)) {
      const input = document.querySelector('input[data-key="' + CSS.escape(key) + '"]');
      if (input) input.value = String(value);
    }
    document.getElementById('form').dispatchEvent(new Event('input', { bubbles: true }));
    list.replaceChildren();
    const title = document.createElement('h2');
    title.textContent = data.unplaced.length === 0
      ? '台账 ' + data.file + '：' + data.year + '年的申请已全部统计，已填入表三、表四（尚未保存）'
      : '台账 ' + data.file + '：' + data.unplaced.length + '行无法归入，未计入表三、表四；请在台账中改正后重新上传';
    list.append(title);
    const rows = document.createElement('ul');
    for (const line of data.unplaced.concat(data.skipped)) {
      const li = document.createElement('li');
      li.textContent = line;
      rows.append(li);
    }
    list.append(rows);
    list.hidden = false;
    window.gr.status(data.unplaced.length === 0 ? '已从台账填入表三、表四' : '已从台账填入表三、表四；' + data.unplaced.length + '行无法归入', data.unplaced.length === 0 ? 'ok' : 'error');
  });
})();
