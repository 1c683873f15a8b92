// Import pages: upload the chosen file to the API with a progress bar, then show what was imported
// or every row error. Without this script the form posts to the page itself and works the same.
(function () {
  'use strict';
  var SHOWN = 500;

  function text(tag, content, cls) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    el.textContent = content == null ? '' : String(content);
    return el;
  }

  function showErrors(box, body) {
    box.appendChild(text('p', body.message || '导入失败', 'notice error')).setAttribute('role', 'alert');
    var errors = body.errors || [];
    if (!errors.length) { return; }
    var table = document.createElement('table');
    table.className = 'compact import-errors';
    var head = table.createTHead().insertRow();
    ['行', '列', '问题'].forEach(function (h) {
      var th = text('th', h);
      th.scope = 'col';
      head.appendChild(th);
    });
    var tbody = table.createTBody();
    errors.slice(0, SHOWN).forEach(function (e) {
      var tr = tbody.insertRow();
      tr.appendChild(text('td', e.row, 'num'));
      tr.appendChild(text('td', e.column));
      tr.appendChild(text('td', e.message));
    });
    box.appendChild(table);
    if (errors.length > SHOWN) {
      box.appendChild(text('p', '仅列出前 ' + SHOWN + ' 处,另有 ' + (errors.length - SHOWN) + ' 处错误未列出。', 'hint'));
    }
  }

  function parse(xhr) {
    try { return JSON.parse(xhr.responseText); } catch (e) { return null; }
  }

  document.addEventListener('submit', function (ev) {
    var form = ev.target;
    var api = form.getAttribute && form.getAttribute('data-import-api');
    if (!api || !window.FormData || !window.XMLHttpRequest) { return; }
    var input = form.querySelector('input[type="file"]');
    if (!input || !input.files || !input.files.length) { return; }
    ev.preventDefault();

    var box = document.querySelector('[data-import-result]');
    var wrap = form.querySelector('[data-import-progress]');
    var bar = wrap.querySelector('progress');
    var status = wrap.querySelector('[data-import-status]');
    var button = form.querySelector('button[type="submit"]');
    var csrf = form.querySelector('input[name="_csrf"]').value;
    while (box.firstChild) { box.removeChild(box.firstChild); }
    var done = document.querySelector('.notice.ok');
    if (done) { done.parentNode.removeChild(done); }

    var data = new FormData();
    data.append('file', input.files[0]);
    var force = form.querySelector('input[name="force"]');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', api + (force && force.checked ? (api.indexOf('?') < 0 ? '?' : '&') + 'force=true' : ''));
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    wrap.hidden = false;
    bar.value = 0;
    bar.max = 100;
    status.textContent = '正在上传…';
    button.disabled = true;

    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var pct = Math.round(e.loaded * 100 / e.total);
        bar.value = pct;
        status.textContent = '正在上传… ' + pct + '%';
      }
    });
    xhr.upload.addEventListener('load', function () {
      bar.removeAttribute('value'); // indeterminate while the server checks and stores the rows
      status.textContent = '上传完成,正在校验并导入,请稍候…';
    });
    xhr.addEventListener('load', function () {
      button.disabled = false;
      var body = parse(xhr);
      if (xhr.status === 200 && body && typeof body.imported === 'number') {
        window.location.assign(form.getAttribute('data-import-done') + body.imported);
        return;
      }
      wrap.hidden = true;
      if (xhr.status === 413) {
        showErrors(box, { message: (body && body.message) || '文件过大,请分成几个文件导入。' });
      } else {
        showErrors(box, body || { message: '导入失败(服务器返回 ' + xhr.status + '),请稍后重试。' });
      }
      box.scrollIntoView();
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      wrap.hidden = true;
      showErrors(box, { message: '网络连接中断,文件未能上传,请重试。' });
    });
    xhr.send(data);
  });
}());
