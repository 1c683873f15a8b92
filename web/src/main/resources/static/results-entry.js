// Fast entry of a batch's test results: type 姓名/单位/现任职务/拟任职务/成绩/缺考 row after row
// (Enter or Tab moves on, a new empty row appears at the end) or paste rows copied from Excel, then
// save them all at once. The rows go to POST /api/test-batches/{id}/results as one JSON array and
// are stored all or none; a refusal names the row ("第3行:…"). Without this script the page keeps
// its plain one-row form.
(function () {
  'use strict';
  var section = document.getElementById('fast-entry');
  if (!section || !window.fetch) {
    return;
  }
  var COLUMNS = ['name', 'unit', 'currentPost', 'proposedPost', 'score', 'absent'];
  var LIMITS = { name: 30, unit: 80, currentPost: 60, proposedPost: 60, score: 6 };
  var YES = ['是', '缺考', '√', '✓', '1', 'y', 'yes', 'true', '缺'];
  var batchId = section.getAttribute('data-batch');
  var csrf = section.getAttribute('data-csrf');
  var tbody = document.querySelector('#entry-table tbody');
  var errorBox = document.getElementById('entry-error');
  var status = document.getElementById('entry-status');
  var saveButton = document.getElementById('entry-save');
  var retakeSource = document.getElementById('retake-source');
  var dirty = false;
  var saving = false;

  // Units by the name the datalist shows ("县司法局", or "办公室(编号12)" for a shared name).
  var units = {};
  document.querySelectorAll('#unit-names option').forEach(function (o) {
    units[o.value] = o.getAttribute('data-id');
  });

  function unitId(text) {
    var t = text.trim();
    if (!t) {
      return null;
    }
    if (Object.prototype.hasOwnProperty.call(units, t)) {
      return units[t];
    }
    var folded = t.replace(/（/g, '(').replace(/）/g, ')').replace(/\s+/g, '');
    if (Object.prototype.hasOwnProperty.call(units, folded)) {
      return units[folded];
    }
    var m = /^\d{1,18}$/.exec(folded) || /\(编号:?(\d{1,18})\)$/.exec(folded);
    if (m) {
      var id = m[1] || m[0];
      for (var k in units) {
        if (units[k] === id) {
          return id;
        }
      }
    }
    return undefined;
  }

  // ---- rows ----

  function cell(row, col) {
    return row.querySelector('[data-col="' + col + '"]');
  }

  function makeRow() {
    var tr = document.createElement('tr');
    var no = document.createElement('td');
    no.className = 'num no';
    tr.appendChild(no);
    COLUMNS.forEach(function (col) {
      var td = document.createElement('td');
      var input = document.createElement('input');
      input.setAttribute('data-col', col);
      if (col === 'absent') {
        input.type = 'checkbox';
        td.className = 'center';
      } else {
        input.type = 'text';
        input.maxLength = LIMITS[col];
        input.autocomplete = 'off';
        if (col === 'unit') {
          input.setAttribute('list', 'unit-names');
        }
        if (col === 'score') {
          input.inputMode = 'decimal';
          input.className = 'score';
        }
      }
      td.appendChild(input);
      tr.appendChild(td);
    });
    var rt = document.createElement('td');
    var select = retakeSource.cloneNode(true);
    select.removeAttribute('id');
    select.hidden = false;
    select.removeAttribute('aria-hidden');
    select.removeAttribute('tabindex');
    select.setAttribute('data-col', 'retakeOf');
    rt.appendChild(select);
    tr.appendChild(rt);
    var rm = document.createElement('td');
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link danger';
    remove.textContent = '移除';
    remove.tabIndex = -1;
    rm.appendChild(remove);
    tr.appendChild(rm);
    tbody.appendChild(tr);
    number();
    return tr;
  }

  function rows() {
    return Array.prototype.slice.call(tbody.rows);
  }

  function isEmpty(tr) {
    return COLUMNS.every(function (col) {
      var c = cell(tr, col);
      return col === 'absent' ? !c.checked : !c.value.trim();
    }) && !cell(tr, 'retakeOf').value;
  }

  function number() {
    rows().forEach(function (tr, i) {
      tr.cells[0].textContent = String(i + 1);
      tr.querySelectorAll('input, select').forEach(function (el) {
        var label = section.querySelectorAll('thead th')[Array.prototype.indexOf.call(tr.cells, el.parentNode)];
        el.setAttribute('aria-label', '第' + (i + 1) + '行' + (label ? label.textContent : ''));
      });
    });
    var filled = rows().filter(function (tr) {
      return !isEmpty(tr);
    }).length;
    if (!saving) {
      status.textContent = filled ? '已填写 ' + filled + ' 行,尚未保存' : '';
    }
    saveButton.textContent = filled ? '保存全部(' + filled + '行)' : '保存全部';
  }

  /** There is always one empty row at the end to type into. */
  function ensureEmptyLast() {
    var all = rows();
    if (!all.length || !isEmpty(all[all.length - 1])) {
      makeRow();
    }
  }

  function fields(tr) {
    return Array.prototype.slice.call(tr.querySelectorAll('input, select'));
  }

  function focusNext(el) {
    var tr = el.closest('tr');
    var list = fields(tr);
    var i = list.indexOf(el);
    if (i < list.length - 1) {
      list[i + 1].focus();
      return;
    }
    ensureEmptyLast();
    var next = tr.nextElementSibling || makeRow();
    fields(next)[0].focus();
  }

  tbody.addEventListener('input', function (e) {
    dirty = true;
    clearMark(e.target.closest('tr'));
    ensureEmptyLast();
    number();
  });
  tbody.addEventListener('change', function (e) {
    dirty = true;
    var tr = e.target.closest('tr');
    if (e.target.getAttribute('data-col') === 'retakeOf') {
      fillFromEarlier(tr, e.target);
    }
    if (e.target.getAttribute('data-col') === 'absent' && e.target.checked) {
      cell(tr, 'score').value = '';
    }
    clearMark(tr);
    ensureEmptyLast();
    number();
  });
  tbody.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.isComposing && e.target.matches('input, select')) {
      e.preventDefault();
      focusNext(e.target);
    } else if (e.key === 'Tab' && !e.shiftKey) {
      var tr = e.target.closest('tr');
      var list = fields(tr);
      if (list.indexOf(e.target) === list.length - 1 && !tr.nextElementSibling) {
        // Tab out of the last cell of the last row opens a new row instead of leaving the table.
        e.preventDefault();
        focusNext(e.target);
      }
    }
  });
  tbody.addEventListener('click', function (e) {
    if (e.target.matches('button.link.danger')) {
      tbody.removeChild(e.target.closest('tr'));
      ensureEmptyLast();
      number();
    }
  });

  /** A retake: the earlier result gives the name, unit and posts where the row has none yet. */
  function fillFromEarlier(tr, select) {
    var o = select.options[select.selectedIndex];
    if (!o || !o.value) {
      return;
    }
    [['name', 'data-name'], ['unit', 'data-org'], ['currentPost', 'data-current'], ['proposedPost', 'data-proposed']]
        .forEach(function (pair) {
          var c = cell(tr, pair[0]);
          if (!c.value.trim()) {
            c.value = o.getAttribute(pair[1]) || '';
          }
        });
  }

  // ---- paste from Excel (app.js reads the cells) ----

  tbody.addEventListener('paste', function (e) {
    var data = (e.clipboardData || window.clipboardData);
    var text = data ? data.getData('text') : '';
    if (!text || (text.indexOf('\t') < 0 && text.indexOf('\n') < 0)) {
      return; // one plain value: let the browser paste it into the cell
    }
    e.preventDefault();
    var target = e.target;
    var startCol = Math.max(0, COLUMNS.indexOf(target.getAttribute('data-col')));
    var tr = target.closest('tr');
    var table = window.fazhiPastedRows(text);
    if (table.length && table[0][0] === '姓名') {
      table.shift(); // the header row copied along with the data
    }
    var last = tr;
    table.forEach(function (cells, i) {
      if (i > 0) {
        tr = tr.nextElementSibling || makeRow();
      }
      cells.forEach(function (value, j) {
        var col = COLUMNS[startCol + j];
        if (!col) {
          return;
        }
        var c = cell(tr, col);
        if (col === 'absent') {
          c.checked = YES.indexOf(value.toLowerCase()) >= 0;
        } else if (col === 'score' && /^缺考?$/.test(value)) {
          c.value = '';
          cell(tr, 'absent').checked = true;
        } else {
          c.value = value.slice(0, LIMITS[col]);
        }
      });
      clearMark(tr);
      last = tr;
    });
    dirty = true;
    ensureEmptyLast();
    number();
    status.textContent = '已粘贴 ' + table.length + ' 行,请核对后保存';
    (last.nextElementSibling ? fields(last.nextElementSibling)[0] : fields(last)[0]).focus();
  });

  // ---- saving ----

  function clearMark(tr) {
    if (tr && tr.classList.contains('bad')) {
      tr.classList.remove('bad');
      tr.querySelectorAll('[aria-invalid]').forEach(function (el) {
        el.removeAttribute('aria-invalid');
      });
    }
  }

  function refuse(message, rowNumber, col) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    var tr = rowNumber ? rows()[rowNumber - 1] : null;
    if (tr) {
      tr.classList.add('bad');
      var c = col ? cell(tr, col) : null;
      (c || fields(tr)[0]).setAttribute('aria-invalid', 'true');
      (c || fields(tr)[0]).focus();
    }
    errorBox.scrollIntoView({ block: 'nearest' });
  }

  var SERVER_FIELDS = { name: 'name', orgId: 'unit', currentPost: 'currentPost', proposedPost: 'proposedPost',
    score: 'score', absent: 'absent', retakeOf: 'retakeOf', personId: 'name' };

  function collect() {
    // Blank rows in between are dropped first, so the row numbers shown are the ones the server names.
    rows().forEach(function (tr, i, all) {
      if (isEmpty(tr) && i < all.length - 1) {
        tbody.removeChild(tr);
      }
    });
    number();
    var out = [];
    var problem = null;
    rows().forEach(function (tr, i) {
      if (problem || isEmpty(tr)) {
        return;
      }
      var unitText = cell(tr, 'unit').value;
      var org = unitId(unitText);
      if (!unitText.trim()) {
        problem = ['第' + (i + 1) + '行:单位不能为空', i + 1, 'unit'];
        return;
      }
      if (org === undefined) {
        problem = ['第' + (i + 1) + '行:找不到单位“' + unitText.trim() + '”,请从提示中选择,或填写单位编号', i + 1, 'unit'];
        return;
      }
      var scoreText = cell(tr, 'score').value.trim().replace(/分$/, '');
      var absent = cell(tr, 'absent').checked;
      var score = null;
      if (scoreText) {
        score = Number(scoreText);
        if (!isFinite(score)) {
          problem = ['第' + (i + 1) + '行:成绩“' + scoreText + '”不是数字', i + 1, 'score'];
          return;
        }
      }
      var retake = cell(tr, 'retakeOf').value;
      out.push({
        name: cell(tr, 'name').value.trim(),
        orgId: Number(org),
        currentPost: cell(tr, 'currentPost').value.trim() || null,
        proposedPost: cell(tr, 'proposedPost').value.trim() || null,
        score: score,
        absent: absent,
        retakeOf: retake ? Number(retake) : null
      });
    });
    return problem ? { problem: problem } : { rows: out };
  }

  saveButton.addEventListener('click', function () {
    if (saving) {
      return;
    }
    errorBox.hidden = true;
    rows().forEach(clearMark);
    var c = collect();
    if (c.problem) {
      refuse(c.problem[0] + '。没有保存任何成绩。', c.problem[1], c.problem[2]);
      return;
    }
    if (!c.rows.length) {
      refuse('表格中还没有成绩。', null, null);
      return;
    }
    saving = true;
    saveButton.disabled = true;
    status.textContent = '正在保存 ' + c.rows.length + ' 行…';
    var url = '/api/test-batches/' + encodeURIComponent(batchId) + '/results';
    window.fazhiSend('POST', url, c.rows, csrf).then(function (res) {
      if (res.ok) {
        dirty = false;
        window.location.href = '/tests/' + encodeURIComponent(batchId) + '?msg=results&n=' + c.rows.length;
        return;
      }
      saving = false;
      saveButton.disabled = false;
      number();
      var msg = res.json && res.json.message ? res.json.message : '保存失败(' + res.status + ')';
      var m = /^第(\d+)行/.exec(msg);
      var row = m ? Number(m[1]) : (c.rows.length === 1 ? 1 : null);
      var col = res.json && res.json.field ? SERVER_FIELDS[res.json.field] : null;
      refuse(msg + (/[。!]$/.test(msg) ? '' : '。') + '没有保存任何成绩,请更正后再保存。', row, col);
    }).catch(function () {
      saving = false;
      saveButton.disabled = false;
      number();
      refuse('无法连接服务器,成绩没有保存。请检查网络后再点“保存全部”,已填写的内容仍在表格中。', null, null);
    });
  });

  document.getElementById('entry-add').addEventListener('click', function () {
    var all = rows();
    var l = all[all.length - 1];
    (l && isEmpty(l) ? l : makeRow());
    fields(rows()[rows().length - 1])[0].focus();
  });

  window.addEventListener('beforeunload', function (e) {
    if (dirty && rows().some(function (tr) { return !isEmpty(tr); })) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // The table replaces the one-row form, which stays available below, folded.
  section.hidden = false;
  var oneRow = document.getElementById('one-row');
  if (oneRow && oneRow.hasAttribute('data-collapse')) {
    oneRow.open = false;
  }
  for (var i = 0; i < 3; i++) {
    makeRow();
  }
})();
