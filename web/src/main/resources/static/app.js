// Small progressive enhancements; every page works without them.
document.documentElement.classList.add('js');

// GET a JSON answer of this server with the session's cookie; a refusal rejects with its status.
window.fazhiJson = function (url) {
  return fetch(url, {
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json' }
  }).then(function (r) {
    if (!r.ok) {
      throw new Error(r.status);
    }
    return r.json();
  });
};

// Sends a JSON body to this server with the session's cookie and the page's CSRF token; resolves with the
// status and the JSON answer (null when there is none or it is not JSON), so that a refusal's Chinese
// message can be shown. Rejects only when the server cannot be reached.
window.fazhiSend = function (method, url, body, csrf) {
  return fetch(url, {
    method: method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf },
    body: JSON.stringify(body)
  }).then(function (r) {
    return r.text().then(function (text) {
      var json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch (ignored) {
        json = null;
      }
      return { ok: r.ok, status: r.status, json: json };
    });
  });
};

// Cells copied from Excel or WPS: tab-separated, one line per row, a quoted cell unquoted; trailing
// blank lines dropped.
window.fazhiPastedRows = function (text) {
  var lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[lines.length - 1].trim()) {
    lines.pop();
  }
  return lines.map(function (line) {
    return line.split('\t').map(function (c) {
      c = c.trim();
      if (c.length > 1 && c.charAt(0) === '"' && c.charAt(c.length - 1) === '"') {
        c = c.slice(1, -1).replace(/""/g, '"');
      }
      return c;
    });
  });
};

// The menu folds behind one button at a phone's width (app.css); the button opens and closes it.
document.addEventListener('click', function (e) {
  var toggle = e.target.closest && e.target.closest('.menu-toggle');
  if (toggle) {
    var top = toggle.closest('.top');
    var open = top.classList.toggle('open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
});

// Lists read as cards on a phone: every cell carries its column's name. Tables that are forms or grids
// (fast result entry, the compliance board, charts' data) keep their layout: they are marked no-cards.
function cardTables() {
  var tables = document.querySelectorAll('main table');
  for (var t = 0; t < tables.length; t++) {
    var table = tables[t];
    if (table.classList.contains('no-cards') || table.classList.contains('entry') || !table.tHead) {
      continue;
    }
    var heads = table.tHead.rows[0] ? table.tHead.rows[0].cells : [];
    var names = [];
    for (var h = 0; h < heads.length; h++) {
      var span = heads[h].colSpan || 1;
      for (var k = 0; k < span; k++) {
        names.push((heads[h].textContent || '').trim());
      }
    }
    for (var b = 0; b < table.tBodies.length; b++) {
      var rows = table.tBodies[b].rows;
      for (var r = 0; r < rows.length; r++) {
        var col = 0;
        for (var c = 0; c < rows[r].cells.length; c++) {
          var cell = rows[r].cells[c];
          if (cell.tagName === 'TD' && names[col] && !cell.hasAttribute('data-label') && cell.colSpan === 1) {
            cell.setAttribute('data-label', names[col]);
          }
          col += cell.colSpan || 1;
        }
      }
    }
    table.classList.add('cards');
  }
}
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', cardTables);
} else {
  cardTables();
}
document.addEventListener('submit', function (e) {
  var form = e.target;
  // A second click that reached the form while its confirmation was open: it is being sent already.
  if (form.hasAttribute('data-sent')) {
    e.preventDefault();
    return;
  }
  var msg = form.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) {
    e.preventDefault();
    return;
  }
  // A delete from a filtered list comes back to the same list, filters kept (the server checks the path).
  var action = form.getAttribute('action') || '';
  if (/\/delete$/.test(action) && window.location.search && action.indexOf('back=') < 0) {
    form.setAttribute('action', action + '?back=' + encodeURIComponent(window.location.pathname + window.location.search));
  }
}, true);

// A form being sent cannot be sent again by a second click: its buttons rest until the page changes.
// (The server answers a repeated form with the first result anyway: FormOnce.) Disabled after the
// submission has started, so the clicked button's own name and value still go with it.
document.addEventListener('submit', function (e) {
  if (e.defaultPrevented || e.target.method.toLowerCase() !== 'post') {
    return;
  }
  var form = e.target;
  form.setAttribute('data-sent', '');
  keepOnce(form);
  var buttons = form.querySelectorAll('button[type="submit"], button:not([type]), input[type="submit"]');
  window.setTimeout(function () {
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].disabled = true;
      buttons[i].setAttribute('data-sending', '');
    }
  }, 0);
});
// Back to a page kept in the browser's cache: its buttons work again.
window.addEventListener('pageshow', function () {
  var resting = document.querySelectorAll('[data-sending]');
  for (var i = 0; i < resting.length; i++) {
    resting[i].disabled = false;
    resting[i].removeAttribute('data-sending');
  }
  var sent = document.querySelectorAll('form[data-sent]');
  for (var j = 0; j < sent.length; j++) {
    sent[j].removeAttribute('data-sent');
  }
});

// Back to a form whose page the browser fetched anew instead of keeping it (pages are sent no-store; some browsers
// and some pages never keep one) carries a new one-time token, so 保存 again would save a second record. A form sent
// from a page keeps its token in that page's own history entry, and Back to that entry puts it back: the server
// answers it with the first post's result (FormOnce). Only that entry does: the page a save lands on, though it may
// have the same address (?msg=saved), is an entry of its own with fresh tokens, and a form opened afresh is new.
// The token is an input, or in the action's query for a file upload (_once=).
function onceOf(form) {
  var input = form.querySelector('input[name="_once"]');
  if (input) {
    return input.value;
  }
  var m = /[?&]_once=([^&#]*)/.exec(form.getAttribute('action') || '');
  return m ? m[1] : null;
}
function setOnce(form, token) {
  var input = form.querySelector('input[name="_once"]');
  if (input) {
    input.value = token;
  } else {
    form.setAttribute('action', (form.getAttribute('action') || '').replace(/([?&]_once=)[^&#]*/, '$1' + token));
  }
}
// Which form: its action without the tokens and the ?back= a delete adds, and its hidden fields (a row's id), so
// that forms posting to one address from one page (a code for each candidate) are told apart.
function onceKey(form) {
  var key = (form.getAttribute('action') || '').replace(/[?&](_once|_csrf|back)=[^&#]*/g, '');
  var hidden = form.querySelectorAll('input[type="hidden"]');
  for (var i = 0; i < hidden.length; i++) {
    if (hidden[i].name !== '_once' && hidden[i].name !== '_csrf') {
      key += '|' + hidden[i].name + '=' + hidden[i].value;
    }
  }
  return key;
}
// One slot of this page's own history entry (history.state) that a script keeps for Back to the page: the tokens
// of forms sent from it here, the units chosen in its pickers (org-picker.js). The entry's other slots stay.
function keptInHistory(slot) {
  var state = window.history.state;
  return state && typeof state === 'object' && state[slot] ? state[slot] : null;
}
function keepInHistory(slot, key, value) {
  if (!window.history.replaceState) {
    return;
  }
  var was = window.history.state && typeof window.history.state === 'object' ? window.history.state : {};
  var state = {};
  var kept = {};
  var k;
  for (k in was) {
    if (Object.prototype.hasOwnProperty.call(was, k)) {
      state[k] = was[k];
    }
  }
  for (k in (was[slot] || {})) {
    if (Object.prototype.hasOwnProperty.call(was[slot], k)) {
      kept[k] = was[slot][k];
    }
  }
  kept[key] = value;
  state[slot] = kept;
  try {
    window.history.replaceState(state, '');
  } catch (ignored) {
    // nothing is kept across Back, as without this script
  }
}
function keepOnce(form) {
  var token = onceOf(form);
  if (token) {
    keepInHistory('fazhiOnce', onceKey(form), token);
  }
}
(function restoreOnce() {
  var nav = window.performance && window.performance.getEntriesByType
    ? window.performance.getEntriesByType('navigation')[0] : null;
  var back = nav ? nav.type === 'back_forward'
    : !!(window.performance && window.performance.navigation && window.performance.navigation.type === 2);
  var kept = back && keptInHistory('fazhiOnce');
  if (!kept) {
    return;
  }
  var forms = document.querySelectorAll('form');
  for (var i = 0; i < forms.length; i++) {
    var token = onceOf(forms[i]) !== null ? kept[onceKey(forms[i])] : null;
    if (token) {
      setOnce(forms[i], token);
    }
  }
}());
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a[data-back]');
  if (a && window.history.length > 1) {
    e.preventDefault();
    window.history.back();
  }
});

// A refused form that came back at its anchor (the assessment desk's #leaf-…, #submit, #return and #confirm, where a
// long page would leave it out of sight below the anchor's heading): its first invalid field is brought to the middle
// of the window and focused, so the message beside it is what the user sees; a form refused as a whole (提交自评 with
// leaves unscored) has no field at fault, and its message is brought there instead.
window.addEventListener('load', function () {
  var id = '';
  try {
    id = window.location.hash ? decodeURIComponent(window.location.hash.substring(1)) : '';
  } catch (ignored) {
    return; // an address whose anchor is not valid: nothing of ours
  }
  var target = id ? document.getElementById(id) : null;
  var field = target ? target.querySelector('form [aria-invalid="true"]') : null;
  if (!field) {
    var alert = target ? target.querySelector('form [role="alert"]') : null;
    if (alert) {
      alert.scrollIntoView({block: 'center'});
    }
    return;
  }
  field.scrollIntoView({block: 'center'});
  field.focus({preventScroll: true});
});
