// The laws of a form, one entry per law with type-ahead from the law catalogue (/api/laws; free text still
// allowed): the study-session form and the question form. The page has a field #laws-field holding the
// textarea #laws (the laws split on 、 or ;, which is what the server reads and what works without this
// script), its hint #laws-hint and an empty <datalist id="law-options">.
(function () {
  'use strict';
  var area = document.getElementById('laws');
  var field = document.getElementById('laws-field');
  var options = document.getElementById('law-options');
  if (!area || !field || !options || !area.form) {
    return;
  }
  var form = area.form;
  var entries = document.createElement('div');
  entries.className = 'law-entries';
  entries.id = 'law-entries';
  var add = document.createElement('button');
  add.type = 'button';
  add.className = 'link';
  add.textContent = '+ 再添一部';
  area.hidden = true;
  field.insertBefore(entries, area);
  field.insertBefore(add, area);
  document.getElementById('laws-hint').textContent =
      '输入名称中的几个字,从提示中选择;目录中没有的也可以直接填写。每栏一部。';
  field.querySelector('label').setAttribute('for', 'law-1');

  function sync() {
    var values = [];
    entries.querySelectorAll('input').forEach(function (input) {
      var v = input.value.trim();
      if (v && values.indexOf(v) < 0) {
        values.push(v);
      }
    });
    area.value = values.join('、');
  }

  function number() {
    entries.querySelectorAll('.law').forEach(function (row, i) {
      var input = row.querySelector('input');
      input.id = 'law-' + (i + 1);
      input.setAttribute('aria-label', '第' + (i + 1) + '部法律法规');
    });
  }

  var timer = null;
  var lastQuery = null;

  function suggest(q) {
    if (q === lastQuery) {
      return;
    }
    lastQuery = q;
    fetch('/api/laws?limit=20&q=' + encodeURIComponent(q), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (r) {
      return r.ok ? r.json() : [];
    }).then(function (titles) {
      if (q !== lastQuery) {
        return;
      }
      while (options.firstChild) {
        options.removeChild(options.firstChild);
      }
      titles.forEach(function (t) {
        var o = document.createElement('option');
        o.value = t;
        options.appendChild(o);
      });
      entries.setAttribute('data-suggested', q);
    }).catch(function () {
      // No suggestions: typing the title in full still works.
    });
  }

  function entry(value) {
    var row = document.createElement('div');
    row.className = 'law';
    var input = document.createElement('input');
    input.setAttribute('list', 'law-options');
    input.autocomplete = 'off';
    input.maxLength = 100;
    input.value = value || '';
    input.placeholder = '例如:行政复议';
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link danger';
    remove.textContent = '移除';
    remove.setAttribute('aria-label', '移除这一部');
    row.appendChild(input);
    row.appendChild(remove);
    entries.appendChild(row);
    input.addEventListener('input', function () {
      sync();
      clearTimeout(timer);
      var q = input.value.trim();
      timer = setTimeout(function () {
        suggest(q);
      }, 150);
      if (input === last()) {
        ensureEmptyLast();
      }
    });
    input.addEventListener('focus', function () {
      suggest(input.value.trim());
    });
    input.addEventListener('keydown', function (e) {
      // Enter moves to the next law instead of sending the form half filled.
      if (e.key === 'Enter') {
        e.preventDefault();
        ensureEmptyLast();
        var next = row.nextElementSibling;
        (next ? next.querySelector('input') : input).focus();
      }
    });
    remove.addEventListener('click', function () {
      entries.removeChild(row);
      if (!entries.children.length) {
        entry('');
      }
      number();
      sync();
    });
    number();
    return input;
  }

  function last() {
    var all = entries.querySelectorAll('input');
    return all[all.length - 1];
  }

  function ensureEmptyLast() {
    var l = last();
    if (!l || l.value.trim()) {
      entry('');
    }
  }

  area.value.split(/[、;；\n]/).forEach(function (v) {
    if (v.trim()) {
      entry(v.trim());
    }
  });
  entry('');
  add.addEventListener('click', function () {
    var l = last();
    (l && !l.value.trim() ? l : entry('')).focus();
  });
  form.addEventListener('submit', sync);
  if (area.getAttribute('aria-invalid') === 'true') {
    entries.querySelectorAll('input').forEach(function (input) {
      input.setAttribute('aria-invalid', 'true');
    });
  }
  sync();
})();
