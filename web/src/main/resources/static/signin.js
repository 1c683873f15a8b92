// QR sign-in. On the organiser's page and the projector view: the countdown, and the list of arrivals
// filled live by asking the server's status every 2.5 s through live.js (the server's clock decides; this only
// shows it).
// On a phone's sign-in page: a search box that narrows the unit's names. Without scripts both still work:
// the organiser reloads the page, the phone scrolls the list.
(function () {
  'use strict';

  var search = document.getElementById('people-search');
  if (search) {
    var items = document.querySelectorAll('#people-pick li');
    search.addEventListener('input', function () {
      var q = search.value.trim();
      for (var i = 0; i < items.length; i++) {
        var name = items[i].getAttribute('data-name') || '';
        items[i].hidden = q !== '' && name.indexOf(q) < 0;
      }
    });
  }

  var live = document.getElementById('signin-live');
  if (!live) {
    return;
  }
  var url = live.getAttribute('data-status-url');
  var countdown = document.getElementById('signin-countdown');
  var endsAt = null;

  function text(id, value) {
    var el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  }

  function setRemaining(seconds) {
    endsAt = Date.now() + seconds * 1000;
    tick();
  }

  function tick() {
    if (!countdown || endsAt === null) {
      return;
    }
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var m = Math.floor(left / 60);
    var s = left % 60;
    countdown.textContent = m + ' 分 ' + (s < 10 ? '0' : '') + s + ' 秒';
  }

  function tag(li, className, label) {
    var span = document.createElement('span');
    span.className = className;
    span.textContent = label;
    li.appendChild(document.createTextNode(' '));
    li.appendChild(span);
  }

  function arrivals(list) {
    var ol = document.getElementById('signin-arrivals');
    if (!ol) {
      return;
    }
    ol.textContent = '';
    list.forEach(function (a) {
      var li = document.createElement('li');
      li.appendChild(document.createTextNode(a.name + ' '));
      var time = document.createElement('small');
      time.className = 'muted';
      time.textContent = a.time;
      li.appendChild(time);
      if (a.late) {
        tag(li, 'tag off', '迟到');
      }
      if (a.guest) {
        tag(li, 'tag', '列席');
      }
      ol.appendChild(li);
    });
    var empty = document.getElementById('signin-empty');
    if (empty) {
      empty.hidden = list.length > 0;
    }
  }

  function update(s) {
    text('signin-count', s.people);
    text('signin-late', s.late);
    text('signin-guests', s.guests);
    arrivals(s.signIns);
    if (s.open) {
      setRemaining(s.remainingSeconds);
      return true;
    }
    endsAt = null;
    text('signin-state', '签到已结束');
    if (countdown) {
      countdown.textContent = '0 分 00 秒';
    }
    return false;
  }

  if (countdown) {
    setRemaining(parseInt(countdown.getAttribute('data-seconds'), 10) || 0);
    setInterval(tick, 1000);
    window.fazhiLive(url, 2500, update);
  }
})();
