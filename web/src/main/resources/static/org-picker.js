// The unit picker of large scopes (OrgPicker, template org-picker): a text field that finds the account's
// units by name through /api/orgs/search, and a hidden field that carries the chosen unit's id under the
// form's own name. Keys: type to search, ↓/↑ to move, Enter to pick, Esc to close and keep the unit.
// Without this script the field shows the chosen unit and the hidden field keeps it.
(function () {
  'use strict';
  var count = 0;

  // The chosen unit is kept in the page's own history entry (the browser keeps neither the hidden id nor the text,
  // which is autocomplete="off"): Back to a form fetched anew shows the unit that was chosen, as the browser shows
  // the form's other fields. Keyed by the picker's place and name on the page.
  // (keepInHistory and keptInHistory are app.js's, loaded before this script.)
  function kept(key) {
    var picked = keptInHistory('fazhiPicked');
    return picked ? picked[key] : null;
  }

  function keep(key, c) {
    keepInHistory('fazhiPicked', key, { value: c.value, name: c.name, path: c.path || '' });
  }

  function setup(box) {
    var text = box.querySelector('.org-picker-text');
    var hidden = box.querySelector('input[type="hidden"]');
    var blank = box.getAttribute('data-blank');
    var special = box.getAttribute('data-special');
    var specialLabel = box.getAttribute('data-special-label');
    var id = 'org-picker-' + (++count);
    var key = id + ':' + hidden.name;
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'org-picker-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    box.appendChild(list);
    var clear = null;
    if (blank !== null) {
      clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'org-picker-clear';
      clear.textContent = '×';
      clear.setAttribute('aria-label', '清除单位,改为' + blank);
      clear.title = '清除';
      text.parentNode.insertBefore(clear, hidden);
    }
    text.readOnly = false;
    text.setAttribute('role', 'combobox');
    text.setAttribute('aria-autocomplete', 'list');
    text.setAttribute('aria-expanded', 'false');
    text.setAttribute('aria-controls', id);
    var chosen = { value: hidden.value, name: text.value, path: text.title };
    var choices = [];
    var active = -1;
    var asked = 0;
    var timer = null;

    function showClear() {
      if (clear) {
        clear.hidden = chosen.value === '';
      }
    }

    function open(yes) {
      list.hidden = !yes;
      text.setAttribute('aria-expanded', yes ? 'true' : 'false');
      if (!yes) {
        text.removeAttribute('aria-activedescendant');
        active = -1;
      }
    }

    function mark(i) {
      active = i;
      var items = list.querySelectorAll('li[role="option"]');
      for (var k = 0; k < items.length; k++) {
        items[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      }
      if (i >= 0 && items[i]) {
        text.setAttribute('aria-activedescendant', items[i].id);
        items[i].scrollIntoView({ block: 'nearest' });
      } else {
        text.removeAttribute('aria-activedescendant');
      }
    }

    function note(message) {
      var li = document.createElement('li');
      li.className = 'note';
      li.textContent = message;
      list.appendChild(li);
    }

    function show(found, q) {
      list.textContent = '';
      choices = [];
      if (!q) {
        if (blank !== null) {
          choices.push({ value: '', name: blank, path: '' });
        }
        if (special) {
          choices.push({ value: special, name: specialLabel, path: '' });
        }
      }
      found.forEach(function (o) {
        choices.push({ value: String(o.id), name: o.name, path: o.path });
      });
      choices.forEach(function (c, i) {
        var li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('data-value', c.value);
        li.textContent = c.name;
        if (c.path && c.path !== c.name) {
          var small = document.createElement('small');
          small.textContent = c.path;
          li.appendChild(small);
        }
        list.appendChild(li);
      });
      if (q && !found.length) {
        note('没有名称含“' + q + '”的单位');
      }
      open(true);
      mark(q && choices.length ? 0 : -1);
    }

    function search(q) {
      var mine = ++asked;
      window.fazhiJson('/api/orgs/search?limit=20&q=' + encodeURIComponent(q)).then(function (found) {
        if (mine === asked && document.activeElement === text) {
          show(found, q);
        }
      }).catch(function () {
        if (mine === asked) {
          list.textContent = '';
          note('查找单位失败,请稍后重试');
          open(true);
        }
      });
    }

    function pick(c) {
      var changed = c.value !== hidden.value;
      chosen = c;
      hidden.value = c.value;
      text.value = c.value === '' ? '' : c.name;
      text.title = c.path || '';
      open(false);
      showClear();
      if (changed) {
        keep(key, c);
        hidden.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }

    // Leaving the field keeps the chosen unit; an emptied field is the empty choice where there is one.
    function settle() {
      open(false);
      asked++;
      if (!text.value.trim() && blank !== null) {
        pick({ value: '', name: blank, path: '' });
      } else {
        text.value = chosen.value === '' ? '' : chosen.name;
      }
    }

    text.addEventListener('input', function () {
      window.clearTimeout(timer);
      var q = text.value.trim();
      timer = window.setTimeout(function () {
        search(q);
      }, 150);
    });
    // Whatever is typed replaces the chosen unit's name (after the click has placed its caret).
    text.addEventListener('focus', function () {
      window.setTimeout(function () {
        if (document.activeElement === text && text.value === (chosen.value === '' ? '' : chosen.name)) {
          text.select();
        }
      }, 0);
    });
    text.addEventListener('blur', settle);
    text.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden) {
          var q = text.value.trim();
          search(q === chosen.name ? '' : q);
        } else if (choices.length) {
          var step = e.key === 'ArrowDown' ? 1 : -1;
          mark((active + step + choices.length) % choices.length);
        }
      } else if (e.key === 'Enter') {
        if (!list.hidden) {
          e.preventDefault();
          if (active >= 0) {
            pick(choices[active]);
          }
        } else if (text.value.trim() !== (chosen.value === '' ? '' : chosen.name)) {
          settle(); // what was typed but not picked is not sent: the form goes with the chosen unit
        }
      } else if (e.key === 'Escape' && !list.hidden) {
        e.preventDefault();
        open(false);
        asked++;
        text.value = chosen.value === '' ? '' : chosen.name;
      }
    });
    // A press on the list keeps the focus in the field; the click picks (and is no click on the label).
    list.addEventListener('mousedown', function (e) {
      e.preventDefault();
    });
    list.addEventListener('click', function (e) {
      e.preventDefault();
      var li = e.target.closest('li[role="option"]');
      if (li) {
        pick(choices[Number(li.id.substring(id.length + 1))]);
      }
    });
    if (clear) {
      clear.addEventListener('click', function (e) {
        e.preventDefault();
        pick({ value: '', name: blank, path: '' });
        text.focus();
      });
    }
    showClear();
    // After the browser has put back the form's other fields (pageshow comes after that), the unit chosen before
    // leaving; its change event lets the form follow (a form's people list).
    window.addEventListener('pageshow', function () {
      var c = kept(key);
      if (c && c.value !== hidden.value) {
        pick(c);
      }
    });
  }

  function start() {
    var boxes = document.querySelectorAll('.org-picker');
    for (var i = 0; i < boxes.length; i++) {
      setup(boxes[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
