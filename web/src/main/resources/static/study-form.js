// The study-session form, made quicker: 参学率 shown as the numbers are typed, and the chosen unit's
// people loaded without a reload (the laws' type-ahead is law-entries.js). Without this script the form
// still works: a button reloads the people list.
(function () {
  'use strict';
  var form = document.getElementById('study-form');
  if (!form) {
    return;
  }
  var STATUSES = [['PRESENT', '出席'], ['LATE', '迟到'], ['LEAVE', '请假'], ['ABSENT', '缺席']];
  var expected = form.elements.namedItem('expected');
  var attended = form.elements.namedItem('attended');
  var rate = document.getElementById('rate');

  // ---- 参学率 and derived numbers ----

  function showRate() {
    var e = parseInt(expected.value, 10);
    var a = parseInt(attended.value, 10);
    if (!(e > 0) || !(a >= 0)) {
      rate.textContent = '—';
      return;
    }
    if (a > e) {
      // 实到 cannot exceed 应到: no rate over 100 %, but what to correct (the server refuses it the same way).
      rate.textContent = '实到多于应到';
      return;
    }
    // Half-up to one decimal, as the reports round it (728 of 1095 is 66.5%).
    rate.textContent = (Math.round(a * 1000 / e) / 10).toFixed(1) + '%';
  }

  function derive() {
    var boxes = form.querySelectorAll('input[name="attendee"]');
    var ticked = 0;
    var came = 0;
    boxes.forEach(function (box) {
      if (box.checked) {
        ticked++;
        var st = form.elements.namedItem('status_' + box.value);
        if (!st || st.value === 'PRESENT' || st.value === 'LATE') {
          came++;
        }
      }
    });
    var derived = ticked > 0;
    // 实到 is the ticked who came. 应到 is at least the ticked: it follows them until someone types it, since the
    // list may name only some of those expected (a QR sign-in lists who came), as the server counts it.
    attended.readOnly = derived;
    expected.min = derived ? ticked : 0;
    if (derived) {
      attended.value = came;
      var typed = parseInt(expected.value, 10);
      if (expected.hasAttribute('data-follows') || !(typed >= ticked)) {
        expected.value = ticked;
        expected.setAttribute('data-follows', '');
      }
    }
    document.getElementById('derived-hint').classList.toggle('active', derived);
    showRate();
  }

  // A stored 应到 equal to the list's count was the list's: it keeps following the ticks; one typed stays.
  if (parseInt(expected.value, 10) === form.querySelectorAll('input[name="attendee"]:checked').length) {
    expected.setAttribute('data-follows', '');
  }
  expected.addEventListener('input', function () {
    expected.removeAttribute('data-follows');
    showRate();
  });
  attended.addEventListener('input', showRate);
  form.addEventListener('change', function (e) {
    if (e.target.name === 'attendee' || (e.target.name || '').indexOf('status_') === 0) {
      derive();
    }
  });

  // ---- the people of the chosen unit ----

  var list = document.getElementById('people-list');
  var tools = document.getElementById('people-tools');
  var unit = form.elements.namedItem('orgId');
  var peopleOrg = form.elements.namedItem('peopleOrgId');
  form.querySelectorAll('.no-js-only').forEach(function (el) {
    el.hidden = true;
  });

  function showTools() {
    tools.hidden = !list.querySelector('input[name="attendee"]');
  }

  function personRow(p) {
    var row = document.createElement('div');
    row.className = 'person';
    var label = document.createElement('label');
    label.className = 'check';
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'attendee';
    box.value = String(p.id);
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + p.name));
    if (p.position) {
      var small = document.createElement('small');
      small.className = 'muted';
      small.textContent = ' ' + p.position;
      label.appendChild(document.createTextNode(' '));
      label.appendChild(small);
    }
    var select = document.createElement('select');
    select.name = 'status_' + p.id;
    select.setAttribute('aria-label', p.name + '的参加情况');
    STATUSES.forEach(function (s) {
      var o = document.createElement('option');
      o.value = s[0];
      o.textContent = s[1];
      select.appendChild(o);
    });
    row.appendChild(label);
    row.appendChild(select);
    return row;
  }

  function message(text) {
    var p = document.createElement('p');
    p.className = 'muted';
    p.id = 'people-empty';
    p.textContent = text;
    return p;
  }

  function clearPeople() {
    Array.prototype.slice.call(list.children).forEach(function (c) {
      if (c !== tools) {
        list.removeChild(c);
      }
    });
  }

  function loadPeople() {
    var id = unit.value;
    clearPeople();
    peopleOrg.value = id;
    if (!id) {
      list.appendChild(message('选择单位后列出该单位人员。'));
      showTools();
      derive();
      return;
    }
    list.appendChild(message('正在载入该单位人员…'));
    window.fazhiJson('/study-sessions/unit-people?orgId=' + encodeURIComponent(id)).then(function (own) {
      if (unit.value !== id) {
        return; // the unit changed again meanwhile
      }
      clearPeople();
      own.forEach(function (p) {
        list.appendChild(personRow(p));
      });
      if (!own.length) {
        list.appendChild(message('该单位尚未登记人员,可只填写人数。'));
      }
      showTools();
      derive();
    }).catch(function () {
      clearPeople();
      list.appendChild(message('人员名单载入失败,可只填写人数,或保存后再修改。'));
      form.querySelectorAll('.no-js-only').forEach(function (el) {
        el.hidden = false;
      });
      showTools();
      derive();
    });
  }

  unit.addEventListener('change', loadPeople);

  // A new record's kind follows the unit's usual one (a government's 常务会议会前学法, a department's 集体学法)
  // until the clerk picks one; for other units it stays to be chosen.
  var kindSelect = form.elements.namedItem('kind');
  var usual = {};
  (kindSelect.getAttribute('data-usual') || '').split(',').forEach(function (pair) {
    var p = pair.split(':');
    if (p.length === 2) {
      usual[p[0]] = p[1];
    }
  });
  // The kind follows while it is empty or still the one suggested here; one the clerk chose stays, also one the browser
  // put back after Back (it does so after this script has run, so the kind on show is judged when the unit changes).
  var suggested = usual[unit.value] && usual[unit.value] === kindSelect.value ? kindSelect.value : null;
  kindSelect.addEventListener('change', function () {
    suggested = null;
  });
  unit.addEventListener('change', function () {
    if (kindSelect.getAttribute('data-usual') && (kindSelect.value === '' || kindSelect.value === suggested)) {
      suggested = usual[unit.value] || null;
      kindSelect.value = suggested || '';
    }
  });
  tools.addEventListener('click', function (e) {
    var which = e.target.getAttribute('data-check');
    if (which) {
      list.querySelectorAll('input[name="attendee"]').forEach(function (box) {
        box.checked = which === 'all';
      });
      derive();
    }
  });
  showTools();

  derive();

  // Back to the form fetched anew: the browser puts back what was typed and chosen only after this script has run
  // (before pageshow). The chosen unit's people are then loaded (a unit of the search field comes back through its
  // change event, org-picker.js), and the numbers' rate shown.
  window.addEventListener('pageshow', function () {
    var nav = window.performance && window.performance.getEntriesByType
      ? window.performance.getEntriesByType('navigation')[0] : null;
    var again = nav ? nav.type === 'back_forward' || nav.type === 'reload'
      : !!(window.performance && window.performance.navigation && window.performance.navigation.type > 0);
    if (!again) {
      return;
    }
    if (unit.value && peopleOrg.value !== unit.value) {
      loadPeople();
    } else {
      derive();
    }
  });
})();

// A material over the size limit is named before the form is sent (the server refuses it too, keeping the form).
(function () {
  var form = document.getElementById('study-form');
  var input = form && form.querySelector('input[type=file][data-max-mb]');
  if (!input) {
    return;
  }
  var max = Number(input.getAttribute('data-max-mb')) * 1024 * 1024;
  var error = null;
  function tooLarge() {
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > max) {
        return input.files[i].name;
      }
    }
    return null;
  }
  // The message is there only while a file is too large: a form without a fault shows no field error.
  function show() {
    var name = tooLarge();
    if (name && !error) {
      error = document.createElement('span');
      error.className = 'field-error';
      error.id = 'file-too-large';
      input.parentNode.appendChild(error);
    } else if (!name && error) {
      error.parentNode.removeChild(error);
      error = null;
    }
    if (error) {
      error.textContent = '文件“' + name + '”过大(上限 ' + input.getAttribute('data-max-mb') + ' MB),请压缩或另选文件';
    }
    return name;
  }
  input.addEventListener('change', show);
  form.addEventListener('submit', function (e) {
    if (show()) {
      e.preventDefault();
      input.focus();
    }
  });
})();
