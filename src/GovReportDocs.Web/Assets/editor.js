'use strict';
// The editor on the official forms. It draws what the server describes (tables walked from the format's table
// descriptions, fields from the input contract), adds up each 总计 from the parts the server names, and leaves every
// check to the server: what is typed is sent to /api/check and the findings come back with the key of their cell.
(function () {
  const { request, status, el, fileUrl } = window.gr;
  const file = new URLSearchParams(location.search).get('file');
  const inputs = new Map();   // key -> input element (entered fields and cells, and computed totals)
  let layout = null;
  let version = null;
  let dirty = false;
  let canRender = false;
  let checkSeq = 0;
  let checkTimer = null;
  let lastText = null;        // the textarea a template variable goes into
  const grid = new Map();     // 'table:row:column' -> entered cell, for moving up and down a column
  const places = new Map();   // 'table:row:column' -> any number cell, entered or computed, for a paste
  const rowNames = new Map(); // 'table:row' -> the labels beside a row (its own and any merged down from above)
  let saved = null;           // the values as saved (or opened): what "unsaved changes" is measured against
  let checked = null;         // the values last sent to be checked
  let base = {};              // the values as opened or saved, by key: what another tab's save is compared with

  // In a table, Enter and the up and down arrows move along the column (as in a spreadsheet) instead of changing the
  // number; the mouse wheel never changes a number either.
  function moveInColumn(input, step) {
    const [t, r, c] = input.dataset.grid.split(':').map(Number);
    for (let row = r + step; row >= 0 && row < 200; row += step) {
      const next = grid.get(t + ':' + row + ':' + c);
      if (next) { next.focus(); next.select(); return; }
    }
  }

  // What is typed into a number cell, read exactly as the server reads it (TypedNumber): null when blank, NaN when it
  // is not exactly a number (12。5, 3e2, 1,23) — never a different number. The server decides; this is for the totals.
  function number(value) {
    if (value === null || value === undefined) return null;
    let s = String(value).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (s === '') return null;
    s = s.replace(/[０-９]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFF10 + 48))
      .replace(/．/g, '.').replace(/，/g, ',').replace(/[－−]/g, '-');
    if (!/^-?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$/.test(s)) return NaN;
    return Number(s.replace(/,/g, ''));
  }

  // ---- drawing --------------------------------------------------------------------------------------------------
  function drawTable(table, index) {
    const wrap = el('div', { class: 'table-scroll', role: 'region', 'aria-labelledby': 'caption-' + index, tabindex: '0' });
    const t = el('table', { class: 'form-table', 'data-table': table.name });
    t.append(el('caption', { id: 'caption-' + index }, table.caption));
    const colgroup = el('colgroup');
    const total = table.widths.reduce((a, b) => a + b, 0);
    for (const w of table.widths) {
      const col = el('col');
      col.style.width = (100 * w / total).toFixed(2) + '%';   // through the CSSOM: the page's policy allows no style attribute
      colgroup.append(col);
    }
    t.append(colgroup);
    const head = el('thead');
    const body = el('tbody');
    const taken = [];             // grid positions covered by a cell merged down from a row above
    table.rows.forEach((row, r) => {
      const tr = el('tr');
      let column = 0;
      for (const cell of row) {
        while ((taken[r] || [])[column]) column++;
        for (let dr = 0; dr < cell.rowSpan; dr++) {
          taken[r + dr] = taken[r + dr] || [];
          for (let dc = 0; dc < cell.columnSpan; dc++) taken[r + dr][column + dc] = true;
        }
        const at = column;
        column += cell.columnSpan;
        const span = {};
        if (cell.rowSpan > 1) span.rowspan = cell.rowSpan;
        if (cell.columnSpan > 1) span.colspan = cell.columnSpan;
        if (cell.key === null || cell.key === undefined) {
          if (r >= table.headerRowCount) {
            for (let dr = 0; dr < cell.rowSpan; dr++) {
              const at = index + ':' + (r + dr);
              rowNames.set(at, (rowNames.get(at) || []).concat([cell.label]));
            }
          }
          const scope = r < table.headerRowCount ? (cell.columnSpan > 1 ? 'colgroup' : 'col') : (cell.rowSpan > 1 ? 'rowgroup' : 'row');
          tr.append(el('th', Object.assign({ scope }, span), cell.label));
          continue;
        }
        const td = el('td', Object.assign({ class: cell.computed ? 'num total' : 'num' }, span));
        const input = el('input', {
          id: 'cell-' + cell.key,
          'data-key': cell.key,
          // Text, not type=number: a number input drops what it cannot read (12。5 became 125) and reads 3e2 as 300.
          type: 'text',
          inputmode: cell.isCount ? 'numeric' : 'decimal',
          autocomplete: 'off',
          readonly: cell.computed,
          tabindex: cell.computed ? '-1' : null,
          'aria-label': cell.describe + (cell.computed ? '（自动计算）' : ''),
          'aria-readonly': cell.computed ? 'true' : null,
          title: cell.computed ? '自动计算，不能修改' : null,
        });
        inputs.set(cell.key, input);
        if (!cell.computed) grid.set(index + ':' + r + ':' + at, input);
        places.set(index + ':' + r + ':' + at, input);
        input.dataset.grid = index + ':' + r + ':' + at;
        input.dataset.number = 'true';
        if (cell.help) input.dataset.help = cell.help;
        td.append(input);
        tr.append(td);
      }
      (r < table.headerRowCount ? head : body).append(tr);
    });
    // A row of numbers without a label of its own (表四's one row) is named in the office's sheet by its table:
    // 表四, or its title (政府信息公开行政复议、行政诉讼情况, 四、 in front), which a paste may bring along.
    for (let r = table.headerRowCount; r < table.rows.length; r++) {
      const at = index + ':' + r;
      if (!rowNames.has(at)) rowNames.set(at, [table.name, table.caption.slice(table.name.length).trim()]);
    }
    t.append(head, body);
    wrap.append(t);
    return wrap;
  }

  function drawField(field) {
    const id = 'field-' + field.key;
    const box = el('div', { class: 'field field-' + field.kind });
    box.append(el('label', { for: id }, field.label));
    let input;
    switch (field.kind) {
      case 'text':
        input = el('textarea', { id, rows: '4' });
        input.addEventListener('focus', () => { lastText = input; });
        break;
      case 'list':
        input = el('textarea', { id, rows: '3', 'aria-describedby': id + '-hint' });
        break;
      case 'choice':
        input = el('select', { id });
        for (const c of field.choices) input.append(el('option', { value: c }, kindName(c)));
        break;
      case 'year':
        input = el('input', { id, type: 'number', min: '2008', max: '2100', step: '1', inputmode: 'numeric' });
        break;
      case 'date':
        input = el('input', { id, type: 'date' });
        break;
      case 'count':
      case 'amount':
        input = el('input', { id, type: 'text', inputmode: field.kind === 'count' ? 'numeric' : 'decimal', autocomplete: 'off' });
        input.dataset.number = 'true';
        break;
      default:
        input = el('input', { id, type: 'text' });
    }
    input.dataset.key = field.key;
    input.dataset.kind = field.kind;
    inputs.set(field.key, input);
    box.append(input);
    const hint = field.kind === 'list' ? '每行一项。' + field.hint : field.hint;
    if (hint && hint !== field.label) box.append(el('p', { class: 'hint', id: id + '-hint' }, hint));
    return box;
  }

  // The rule's number names a check of the 格式; a value the file cannot hold is just an error of that cell.
  function ruleText(f) {
    return f.rule === 'INPUT' ? f.severityText : f.severityText + ' ' + f.rule;
  }

  function kindName(c) {
    return { government: '各级人民政府', department: '部门', township: '乡镇、街道' }[c] || c;
  }

  function draw() {
    const form = document.getElementById('form');
    form.replaceChildren();
    let section = null;
    let group = null;
    let tablesDrawn = false;
    const drawTables = () => {
      const s = el('section', { class: 'group tables', 'aria-label': '统计表' });
      layout.tables.forEach((t, i) => s.append(drawTable(t, i + 1)));
      form.append(s);
      tablesDrawn = true;
    };
    for (const field of layout.fields) {
      if (field.group !== group) {
        // The tables stand where the contract has them: after 一、总体情况, before 五.
        if (!tablesDrawn && group !== null && group.indexOf('总体情况') >= 0) drawTables();
        group = field.group;
        section = el('section', { class: 'group' });
        section.append(el('h2', {}, group));
        form.append(section);
      }
      section.append(drawField(field));
    }
    if (!tablesDrawn) drawTables();

    // A table of contents: the tables are far down a long form.
    const nav = el('nav', { class: 'toc', 'aria-label': '目录' });
    form.querySelectorAll('section.group > h2, caption').forEach((h, i) => {
      if (!h.id) h.id = 'part-' + i;
      nav.append(el('a', { href: '#' + h.id }, h.textContent));
    });
    form.prepend(nav);

    const vars = document.getElementById('variables');
    for (const v of layout.variables) {
      const li = el('li');
      const b = el('button', { type: 'button', class: 'link', title: v.description }, '{{' + v.path + '}}');
      b.addEventListener('click', () => insertVariable(v.path));
      li.append(b, el('span', { class: 'muted' }, ' ' + v.description));
      vars.append(li);
    }
    form.addEventListener('input', onInput);
    form.addEventListener('change', onInput);
    inputs.get('year').addEventListener('change', onYearChange);
  }

  function insertVariable(path) {
    if (!lastText) { status('请先点击要插入变量的文本框', 'warning'); return; }
    const text = '{{' + path + '}}';
    const start = lastText.selectionStart ?? lastText.value.length;
    const end = lastText.selectionEnd ?? start;
    lastText.setRangeText(text, start, end, 'end');
    lastText.focus();
    onInput();
  }

  // ---- values -----------------------------------------------------------------------------------------------------
  function fill(values) {
    for (const [key, input] of inputs) {
      const v = values[key];
      if (input.dataset.kind === 'list') input.value = (v || []).join('\n');
      else input.value = v === null || v === undefined ? '' : String(v);
    }
    yearOfTexts = Number(values.year) || null;
    computeTotals();
  }

  // ---- a changed 报告年度 -------------------------------------------------------------------------------------------
  // Texts kept from another year (started from last year's, or the year changed) still name the old one, which R10
  // then reports. On a change of year the server replaces the old year where a text names the report year (a cited
  // title in 《》 keeps its own); the notice says which texts and how many places, and 撤销 puts the texts back.
  let yearOfTexts = null;     // the 报告年度 the texts were last brought to
  let textsBeforeYear = null; // the texts as they were before, for 撤销
  // Changes are carried one after another (a spinner clicked twice sends 2025, then 2026), each from the year the
  // texts have, and a reply never overwrites a text typed into while it was on its way.
  let yearChanges = Promise.resolve();
  function onYearChange() {
    yearChanges = yearChanges.then(carryYear, carryYear);
    return yearChanges;
  }

  async function carryYear() {
    const input = inputs.get('year');
    const to = Number(input.value);
    const from = yearOfTexts;
    if (input.validity.badInput || !(to >= Number(input.min) && to <= Number(input.max)) || to === from) return;
    if (from === null) { yearOfTexts = to; return; }
    const texts = {};
    for (const f of layout.fields) if (f.kind === 'text' || f.kind === 'list') texts[f.key] = inputs.get(f.key).value;
    const { ok, data } = await request('POST', 'api/year-texts', { from, to, texts });
    if (!ok) { status(data.error, 'error'); return; }
    yearOfTexts = to;
    const changed = data.changed.filter(c => inputs.get(c.key).value === texts[c.key]);
    if (!changed.length) return;
    const before = new Map();
    for (const c of changed) {
      const text = inputs.get(c.key);
      before.set(text, text.value);
      text.value = c.text;
    }
    onInput();
    const cited = changed.some(c => texts[c.key].includes('《')) ? '；《》中的文件名未改' : '';
    status('报告年度已改为' + to + '年：正文中的“' + from + '年”已改为“' + to + '年”（'
      + changed.map(c => c.name + c.count + '处').join('、') + cited + '），请核对', 'ok');
    textsBeforeYear = before;
    document.getElementById('notice-undo').hidden = false;
  }

  function undoYearTexts() {
    if (!textsBeforeYear) return;
    for (const [text, value] of textsBeforeYear) text.value = value;
    textsBeforeYear = null;
    status('');
    onInput();
  }

  function collect() {
    const values = {};
    for (const [key, input] of inputs) {
      if (input.readOnly) continue;
      const kind = input.dataset.kind;
      if (kind === 'list') values[key] = input.value.split('\n').map(s => s.trim()).filter(s => s.length > 0);
      else if (input.dataset.number) values[key] = input.value.trim() === '' ? null : input.value.trim();   // read by the server
      else if (input.type === 'number') values[key] = input.validity.badInput ? '无效的数字' : (input.value === '' ? null : Number(input.value));
      else values[key] = input.value === '' ? null : input.value;
    }
    return values;
  }

  function computeTotals() {
    for (const [total, parts] of Object.entries(layout.sums)) {
      let sum = 0;
      let known = true;
      for (const p of parts) {
        const v = number(inputs.get(p).value);
        if (v === null || Number.isNaN(v)) { known = false; break; }
        sum += v;
      }
      inputs.get(total).value = known ? String(Math.round(sum * 10000) / 10000) : '';
    }
  }

  // The heading and the window's title name the report as the server names it (and its downloads): 机关全称 and 报告年度.
  function setTitle(title) {
    if (!title) return;
    document.getElementById('title').textContent = title;
    setDirty(dirty);
  }

  function setDirty(value) {
    dirty = value;
    document.getElementById('dirty').hidden = !value;
    document.title = (value ? '* ' : '') + document.getElementById('title').textContent + ' · 编辑年度报告';
  }

  // Unsaved means different from what was saved: leaving a cell after Ctrl+S is no change.
  function onInput() {
    computeTotals();
    const now = JSON.stringify(collect());
    setDirty(now !== saved);
    if (now === checked) return;
    clearTimeout(checkTimer);
    document.body.dataset.checking = 'true';
    checkTimer = setTimeout(check, 300);
  }

  // ---- findings -----------------------------------------------------------------------------------------------------
  function showFindings(findings) {
    for (const input of inputs.values()) {
      input.classList.remove('finding-error', 'finding-warning');
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
      const cell = input.closest('td, .field');
      cell.classList.remove('has-error', 'has-warning', 'feeds');
      cell.querySelectorAll('.cell-msg').forEach(m => m.remove());
    }
    const list = document.getElementById('findings');
    list.replaceChildren();
    const errors = findings.filter(f => f.severity === 'error').length;
    document.getElementById('counts').textContent =
      findings.length === 0 ? '（全部通过）' : '（' + errors + '个错误，' + (findings.length - errors) + '个警告）';
    const count = document.getElementById('findings-count');
    count.textContent = findings.length === 0 ? '检查通过' : '检查结果：' + errors + '个错误，' + (findings.length - errors) + '个警告';
    count.className = 'count ' + (errors ? 'error' : findings.length ? 'warning' : 'ok');
    if (findings.length === 0) list.append(el('li', { class: 'clean' }, '没有发现问题。'));
    findings.forEach((f, i) => {
      const input = f.key ? inputs.get(f.key) : null;
      const msgId = 'finding-' + i;
      if (input) {
        const cell = input.closest('td, .field');
        const worst = f.severity === 'error' || !cell.classList.contains('has-error');
        if (worst) {
          cell.classList.remove('has-warning');
          cell.classList.add('has-' + f.severity);
          input.classList.add('finding-' + f.severity);
        }
        if (f.severity === 'error') input.setAttribute('aria-invalid', 'true');
        // A 总计 is computed: the finding points to the cells that feed it, where the fix is typed.
        const parts = layout.sums[f.key];
        const feeds = parts ? '（由' + parts.filter(p => inputs.get(p).value !== '0').map(p => label(inputs.get(p))).slice(0, 6).join('、') + '等格相加，请核对这些格）' : '';
        if (parts && parts.length <= 30) for (const p of parts) inputs.get(p).closest('td').classList.add('feeds');
        const msg = el('div', { class: 'cell-msg ' + f.severity, id: msgId, role: 'note' }, ruleText(f) + '：' + f.message + feeds);
        cell.append(msg);
        input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + msgId).trim());
      }
      const li = el('li', { class: f.severity });
      const b = el('button', { type: 'button', class: 'finding', 'data-key': f.key || '' });
      b.append(el('span', { class: 'badge ' + f.severity }, ruleText(f)), document.createTextNode(' ' + f.message));
      if (input) b.addEventListener('click', () => {
        if (getComputedStyle(document.getElementById('side')).position === 'fixed') openFindings(false);
        input.scrollIntoView({ block: 'center' });
        input.focus({ preventScroll: true });
      });
      else b.disabled = true;
      li.append(b);
      list.append(li);
    });
    tipFor(document.activeElement);
  }

  async function check() {
    const seq = ++checkSeq;
    const values = collect();
    checked = JSON.stringify(values);
    const { ok, data } = await request('POST', 'api/check', { file, values });
    if (seq !== checkSeq) return;   // a later check is on its way
    delete document.body.dataset.checking;
    if (!ok) { status(data.error, 'error'); return; }
    canRender = false;              // what is typed is not what is saved until saved
    document.getElementById('comments-note').hidden = !data.commentsAtRisk;
    setTitle(data.title);
    showFindings(data.findings);
  }

  // A table cell's messages open beside it while it is focused or hovered: in the cell itself they would be cut off by
  // the table's scroll box. The messages in the cells stay hidden, as the inputs' descriptions for screen readers.
  // With them, what the cell's words mean (区分处理, 三类内部事务信息, 第二十条第（五）项), from the 填报说明.
  function showTip(td) {
    const tip = document.getElementById('cell-tip');
    const messages = td ? [...td.querySelectorAll('.cell-msg')] : [];
    const input = td ? td.querySelector('input') : null;
    const help = input && input.dataset.help;
    if (messages.length === 0 && !help) { tip.hidden = true; return; }
    tip.replaceChildren(...messages.map(m => el('div', { class: 'cell-msg ' + (m.classList.contains('error') ? 'error' : 'warning') }, m.textContent)));
    if (help) tip.append(el('div', { class: 'cell-msg help' }, help));
    tip.hidden = false;
    const box = td.getBoundingClientRect();
    const width = Math.min(360, window.innerWidth - 16);
    tip.style.width = width + 'px';
    tip.style.left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8)) + 'px';
    const below = box.bottom + 4;
    tip.style.top = (below + tip.offsetHeight < window.innerHeight ? below : Math.max(8, box.top - tip.offsetHeight - 4)) + 'px';
  }

  function tipFor(target) {
    const td = target && target.closest ? target.closest('td.has-error, td.has-warning, td.num') : null;
    showTip(td);
  }

  // ---- save and download --------------------------------------------------------------------------------------------
  async function save() {
    // A year typed but not yet left (Ctrl+S in the field) is carried into the texts first: carried after the save, it
    // made the saved report dirty again, and a download clicked then was refused as unsaved.
    await onYearChange();
    clearTimeout(checkTimer);
    status('正在保存……');
    const values = collect();
    const { ok, status: code, data } = await request('PUT', fileUrl(file), { file, version, values });
    if (!ok) {
      delete document.body.dataset.checking;
      status(data.error, 'error');
      if (data.findings) showFindings(data.findings);
      if (code === 409) await offerMerge();
      return false;
    }
    version = data.version;
    canRender = data.canRender;
    saved = checked = JSON.stringify(values);
    base = values;
    delete document.body.dataset.checking;
    setDirty(false);
    setTitle(data.title);
    document.getElementById('comments-note').hidden = true;
    showFindings(data.findings);
    const time = new Date().toTimeString().slice(0, 5);
    const notes = (data.canRender ? '' : '：报告仍有错误，改正后才能下载正式文件') + (data.commentsLost ? '；文件中原有的注释未能保留' : '');
    status('已保存（' + time + '）' + notes, data.canRender && !data.commentsLost ? 'ok' : 'warning');
    return true;
  }

  function downloadBlocked() {
    if (dirty) { status('有未保存的修改：请先保存，下载的是保存后的报告', 'warning'); return true; }
    if (!canRender) {
      status('报告有错误，不能生成正式文件：请先改正“检查结果”中列出的错误', 'error');
      openFindings(true);
      return true;
    }
    return false;
  }

  function download(format) {
    if (downloadBlocked()) return;
    location.href = fileUrl(file) + '/download/' + format;
  }

  function preview() {
    if (downloadBlocked()) return;
    document.getElementById('preview-frame').src = fileUrl(file) + '/download/pdf?inline=true';
    document.getElementById('preview-dialog').showModal();
    // Focus on 关闭, not inside the viewer (which keeps Esc and fifteen Tabs to itself): Esc closes at once.
    document.getElementById('preview-close').focus();
  }

  // A click into the viewer (to scroll or zoom it, which go on working) would keep every key there, Esc included: the
  // keys are handed back to the dialog at once, so Esc closes it wherever the clerk clicked. Tab never enters the viewer.
  function keepKeysInPreview() {
    const frame = document.getElementById('preview-frame');
    if (document.getElementById('preview-dialog').open && document.activeElement === frame) {
      setTimeout(() => document.getElementById('preview-close').focus(), 0);
    }
  }

  // The findings: beside the form on a wide screen, over it (opened from the count in the sticky bar) on a narrower one.
  function openFindings(open) {
    document.body.classList.toggle('findings-open', open);
    document.getElementById('findings-count').setAttribute('aria-expanded', String(open));
    if (open) document.getElementById('findings').focus({ preventScroll: true });
  }

  // ---- habits of a spreadsheet ---------------------------------------------------------------------------------------
  // A click selects the cell's number, so typing replaces it (Excel, WPS), a second click too: a click that placed the
  // caret made 12 and a 5 into 512 with no finding to catch it. Only once the clerk edits within the number (has typed
  // in it since it got focus, or double-clicked, pressed F2 or moved the caret with ←, →, Home, End) does a click place
  // the caret, as in a spreadsheet's edit mode.
  let editing = null;   // the number cell being edited within

  function onMouseDown(e) {
    const input = e.target;
    if (!input.dataset || !input.dataset.number || input.readOnly || editing === input) return;
    e.preventDefault();
    input.focus();
    if (e.detail >= 2) editWithin(input);
    else input.select();
  }

  // Ctrl+Z in a number cell undoes that cell's change since it got focus, or the paste just made into it: never, as the
  // browser's own undo did, a number typed earlier in another cell, out of sight (77 there became 7, the paste stayed).
  let focusValue = null;   // the focused number cell's value when it got focus
  let lastPaste = null;    // the cells the paste just made changed, with their values before

  function onUndo(e) {
    const input = e.target;
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || (key !== 'z' && key !== 'y') || !input.dataset || !input.dataset.number) return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) return;   // redo would reach into other cells as well
    if (lastPaste) {
      for (const [cell, old] of lastPaste) cell.value = old;
      lastPaste = null;
      onInput();
      status('已撤销粘贴', 'ok');
    } else if (focusValue !== null && input.value !== focusValue) {
      input.value = focusValue;
      onInput();
    }
  }

  function editWithin(input) {
    editing = input;
    input.setSelectionRange(input.value.length, input.value.length);
  }

  function onEditKey(e) {
    const input = e.target;
    if (!input.dataset || !input.dataset.number || input.readOnly) return;
    if (e.key === 'F2') { e.preventDefault(); editWithin(input); }
    else if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) editing = input;
  }

  function label(input) {
    return (input.getAttribute('aria-label') || input.dataset.key).replace(/（自动计算）$/, '');
  }

  // A row or block copied from a spreadsheet (cells split by tabs, rows by line breaks) spreads right and down from the
  // cell pasted into, as in a spreadsheet. A row copied with its name in front (规章, （一）予以公开) is placed without
  // the name when the name is this row's; a 总计 copied with the row is checked against the sum. What cannot be placed —
  // more columns or rows than cells, text that is not a number or not this row's name, a 总计 that does not add up — is
  // refused whole, with a message: nothing is half pasted.
  function onPaste(e) {
    const input = e.target;
    if (!input.dataset || !input.dataset.number || input.readOnly) return;
    const text = (e.clipboardData || window.clipboardData).getData('text/plain');
    const trimmed = text.replace(/(\r\n|\n|\r)+$/, '');
    if (!/[\t\r\n]/.test(trimmed)) {
      if (trimmed !== text) {   // one cell copied from a spreadsheet ends in a line break
        e.preventDefault();
        input.setRangeText(trimmed.trim(), input.selectionStart, input.selectionEnd, 'end');
        onInput();
      }
      return;
    }
    e.preventDefault();
    const result = placePaste(input, trimmed.split(/\r\n|\n|\r/).map(r => r.split('\t')));
    if (result.refused) { status(result.refused + '：未粘贴', 'error'); return; }
    lastPaste = result.before;
    onInput();
    if (result.notes.length) status('已粘贴：' + result.notes.join('；'), 'ok');
  }

  // A row's name as a clerk's own sheet may write it: without spaces, with either kind of brackets and stop, with or
  // without its number in front (（一）, 一、, 1.) and its note behind (（区分处理的，只计这一情形，不计其他情形）).
  function nameForms(name) {
    const forms = new Set([name.replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/．/g, '.')]);
    for (const f of [...forms]) forms.add(f.replace(/^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[0-9]+\.)/, ''));
    for (const f of [...forms]) forms.add(f.replace(/（[^（）]*）$/, ''));
    return [...forms].filter(f => f.length > 0);
  }

  function isNameOf(text, names) {
    const typed = nameForms(text);
    return names.some(n => nameForms(n).some(form => form.length > 0 && typed.includes(form)));
  }

  // The cells of a pasted row before its first number, when they are text: the row's name (and blanks, where its
  // merged label cells were). Null when there is no such text; a refusal when the text is not this row's name.
  function leadingName(cells, names) {
    let last = -1;
    for (let j = 0; j < cells.length; j++) {
      const v = cells[j].trim();
      if (v === '') continue;
      if (!Number.isNaN(number(v))) break;
      last = j;
    }
    if (last < 0) return null;
    const texts = cells.slice(0, last + 1).map(c => c.trim()).filter(c => c !== '');
    const stranger = texts.find(t => !isNameOf(t, names));
    if (stranger !== undefined) {
      return { refused: '“' + stranger + '”不是数字，也不是此行的名称（' + names.map(n => '“' + n + '”').join('') + '）' };
    }
    return { skip: last + 1, name: texts[texts.length - 1] };
  }

  function placePaste(input, rows) {
    const notes = [];
    if (!input.dataset.grid) return { refused: '此栏只能填一个数' };
    const [t, r0, c0] = input.dataset.grid.split(':').map(Number);
    const targetRows = [];
    for (let r = r0; r < 200 && targetRows.length < rows.length; r++) {
      if (places.has(t + ':' + r + ':' + c0)) targetRows.push(r);
    }
    if (targetRows.length < rows.length) {
      return { refused: '粘贴的内容有' + rows.length + '行，从“' + label(input) + '”往下只有' + targetRows.length + '行可填' };
    }
    const plan = [];
    const named = [];
    for (let i = 0; i < rows.length; i++) {
      const cells = [...places.entries()]
        .map(([k, v]) => [k.split(':').map(Number), v])
        .filter(([[tt, rr, cc]]) => tt === t && rr === targetRows[i] && cc >= c0)
        .sort((a, b) => a[0][2] - b[0][2])
        .map(([, v]) => v);
      const row = (rows.length > 1 ? '第' + (i + 1) + '行' : '');
      const lead = leadingName(rows[i], rowNames.get(t + ':' + targetRows[i]) || []);
      if (lead && lead.refused) return { refused: '粘贴的' + (row || '内容') + '中' + lead.refused };
      const values = lead ? rows[i].slice(lead.skip) : rows[i];
      // A name merged across several cells of the clerk's sheet is copied followed by blanks: too many, they are its.
      while (lead && values.length > cells.length && values[0].trim() === '') values.shift();
      if (lead) named.push(lead.name);
      if (values.length > cells.length) {
        return {
          refused: '粘贴的' + (row || '这一行') + '有' + values.length + '个数' + (lead ? '（不计行名“' + lead.name + '”）' : '')
            + '，从“' + label(cells[0]) + '”往右只有' + cells.length + '格',
        };
      }
      for (let j = 0; j < values.length; j++) {
        const v = values[j].trim();
        if (v !== '' && Number.isNaN(number(v))) return { refused: '粘贴的内容中“' + v + '”不是数字（请只复制数字格）' };
        plan.push([cells[j], v]);
      }
    }
    const before = new Map(plan.map(([cell]) => [cell, cell.value]));
    for (const [cell, v] of plan) if (!cell.readOnly) cell.value = v;
    computeTotals();
    let totals = 0;
    for (const [cell, v] of plan) {
      if (!cell.readOnly || v === '') continue;
      if (number(v) !== number(cell.value)) {
        const sum = cell.value;
        for (const [c, old] of before) c.value = old;
        computeTotals();
        return {
          refused: '粘贴的“' + label(cell) + '”为' + v + '，而粘贴的各项之和' + (sum === '' ? '不全（有空格），无法核对' : '为' + sum)
            + '：总计由各项相加，请核对复制的数',
        };
      }
      totals++;
    }
    if (named.length) notes.push('行名' + named.map(n => '“' + n + '”').join('、') + '未填入表格');
    if (totals) notes.push('粘贴的' + totals + '个总计与各项之和相符（总计自动计算）');
    return { refused: null, notes, before };
  }

  // Another tab (or person) saved this file: reload theirs and keep this tab's changes. A value changed on both sides
  // keeps this tab's and is named, for the clerk to check.
  async function offerMerge() {
    const current = await request('GET', fileUrl(file));
    if (!current.ok) return;
    const mine = collect();
    fill(current.data.values);
    const theirs = collect();     // as this page reads them, comparable with its own
    fill(mine);
    const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    const clashes = Object.keys(mine).filter(k => !same(mine[k], base[k]) && !same(theirs[k], base[k]) && !same(mine[k], theirs[k]));
    const names = clashes.map(k => label(inputs.get(k))).slice(0, 5).join('、') + (clashes.length > 5 ? '等' : '');
    const question = '文件已被另一个标签页或其他人保存。是否载入对方保存的内容，并保留本页的修改？'
      + (clashes.length ? '\n两边都改过的' + clashes.length + '项保留本页的值：' + names : '');
    if (!confirm(question)) return;
    const merged = Object.assign({}, theirs);
    for (const k of Object.keys(mine)) if (!same(mine[k], base[k])) merged[k] = mine[k];
    version = current.data.version;
    base = Object.assign({}, theirs);
    fill(merged);
    saved = JSON.stringify(theirs);
    onInput();
    status('已载入对方保存的内容并保留本页的修改' + (clashes.length ? '（两边都改过：' + names + '）' : '') + '：请检查后保存', 'warning');
  }

  // ---- start --------------------------------------------------------------------------------------------------------
  async function start() {
    if (!file) { status('没有指定文件：请从报告列表打开', 'error'); return; }
    document.getElementById('file-name').textContent = file;
    const form = await request('GET', 'api/form');
    if (!form.ok) { status(form.data.error, 'error'); return; }
    layout = form.data;
    draw();
    const opened = await request('GET', fileUrl(file));
    if (!opened.ok) {
      status(opened.data.error, 'error');
      if (opened.data.findings) showFindings(opened.data.findings);
      return;
    }
    version = opened.data.version;
    canRender = opened.data.canRender;
    setTitle(opened.data.title);
    fill(opened.data.values);
    base = collect();
    saved = checked = JSON.stringify(base);
    showFindings(opened.data.findings);
    setDirty(false);
    const note = sessionStorage.getItem('gr-note:' + file);
    if (note) { sessionStorage.removeItem('gr-note:' + file); status(note, 'warning'); }
    document.body.dataset.ready = 'true';
  }

  document.getElementById('form').addEventListener('keydown', (e) => {
    const input = e.target;
    if (!input.dataset || !input.dataset.grid || input.readOnly) return;
    if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) { e.preventDefault(); moveInColumn(input, 1); }
    else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) { e.preventDefault(); moveInColumn(input, -1); }
  });
  document.getElementById('form').addEventListener('mousedown', onMouseDown);
  document.getElementById('form').addEventListener('keydown', onEditKey);
  document.getElementById('form').addEventListener('keydown', onUndo);
  document.getElementById('form').addEventListener('input', (e) => {
    if (e.target.dataset && e.target.dataset.number) { editing = e.target; lastPaste = null; }
  });
  document.getElementById('form').addEventListener('focusin', (e) => { focusValue = e.target.dataset && e.target.dataset.number ? e.target.value : null; });
  document.getElementById('form').addEventListener('focusout', (e) => { if (e.target === editing) editing = null; lastPaste = null; });
  document.getElementById('form').addEventListener('paste', onPaste);
  document.getElementById('form').addEventListener('wheel', (e) => {
    if (e.target.type === 'number' && e.target === document.activeElement) e.target.blur();
  }, { passive: true });
  document.addEventListener('focusin', (e) => tipFor(e.target));
  document.addEventListener('mouseover', (e) => { if (!document.activeElement || !document.activeElement.closest('td')) tipFor(e.target); });
  window.addEventListener('scroll', () => tipFor(document.activeElement), true);
  document.getElementById('notice-close').addEventListener('click', () => { status(''); });
  document.getElementById('notice-undo').addEventListener('click', undoYearTexts);
  document.getElementById('findings-count').addEventListener('click', () => openFindings(!document.body.classList.contains('findings-open')));
  // The sticky bar's height, for the sticky table headings and for where a jump lands (the bar wraps on a narrow screen).
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--bar', document.querySelector('header.bar').offsetHeight + 'px');
  }).observe(document.querySelector('header.bar'));
  document.getElementById('save').addEventListener('click', save);
  for (const b of document.querySelectorAll('[data-format]')) b.addEventListener('click', () => download(b.dataset.format));
  document.getElementById('preview')?.addEventListener('click', preview);
  window.addEventListener('blur', keepKeysInPreview);
  // Closed (Esc or 关闭), the keyboard is back on 预览 where it was, not at the top of the page.
  document.getElementById('preview-dialog').addEventListener('close', () => document.getElementById('preview')?.focus());
  document.addEventListener('keydown', (e) => {
    // Any case: with Caps Lock on (or Shift held) the key is 'S'.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); save(); }
  });
  window.addEventListener('beforeunload', (e) => {
    if (dirty) { e.preventDefault(); e.returnValue = ''; }
  });
  start();
})();
