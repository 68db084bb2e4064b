'use strict';
// Shared by the pages: requests to the editor's API (with the header the server requires of every change) and messages.
window.gr = {
  async request(method, url, body, contentType) {
    const init = { method, headers: { 'X-GovReport': '1' } };
    if (body !== undefined) {
      if (contentType) {
        init.headers['Content-Type'] = contentType;
        init.body = body;
      } else {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
    }
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      return { ok: false, status: 0, data: { error: '无法连接编辑器（govreport serve 是否仍在运行？）' } };
    }
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok && !(data && data.error)) {
      data = Object.assign({}, data, { error: '请求失败（' + response.status + '）' });
    }
    return { ok: response.ok, status: response.status, data };
  },
  // A message where the clerk is: on a page with a notice in its sticky bar, there, staying until read (知道了) or
  // replaced; else in the page's status line.
  status(text, kind) {
    const notice = document.getElementById('notice');
    if (notice) {
      document.getElementById('notice-text').textContent = text || '';
      notice.className = 'notice' + (kind ? ' ' + kind : '');
      notice.hidden = !text;
      // An offer to undo (a changed 报告年度) belongs to its own message only.
      const undo = document.getElementById('notice-undo');
      if (undo) undo.hidden = true;
      return;
    }
    const el = document.getElementById('status');
    el.textContent = text || '';
    el.className = 'status' + (kind ? ' ' + kind : '');
  },
  fileUrl(file) { return 'api/reports/' + encodeURIComponent(file); },
  el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v; else e.setAttribute(k, v === true ? '' : v);
    }
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  },
};
