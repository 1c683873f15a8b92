// The candidate's exam page: sign in with a one-time code, answer (each answer saved at once, retried while the
// network is away), a countdown from the server's end time, submit (confirmed; automatic at 0). The token is kept
// in this browser's localStorage so that a reload carries on; it opens only /api/exam/*.
(function () {
  'use strict';
  var KEY = 'fazhi-exam-token';
  var token = localStorage.getItem(KEY);
  var offset = 0; // server time − local time, in ms
  var endsAt = 0;
  var pending = {}; // question id → answer not yet acknowledged
  var inflight = {}; // question id → the save under way (it sends the newest answer after its own)
  var timer = null;
  var retry = null;
  var submitting = false;
  var $ = function (id) { return document.getElementById(id); };

  function show(section) {
    ['exam-login', 'exam-paper', 'exam-done'].forEach(function (id) { $(id).hidden = id !== section; });
  }

  function call(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (token) { headers['Authorization'] = 'Bearer ' + token; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit' }).then(function (r) {
      var date = r.headers.get('Date');
      if (date) { offset = new Date(date).getTime() - Date.now(); }
      return r.text().then(function (t) {
        var json = null;
        try { json = t ? JSON.parse(t) : null; } catch (e) { json = null; }
        return { status: r.status, json: json };
      });
    });
  }

  function message(res, fallback) {
    return res.json && res.json.message ? res.json.message : fallback;
  }

  function loginError(text) {
    $('exam-login-error').textContent = text;
    $('exam-login-error').hidden = !text;
  }

  function signedOut(text) {
    token = null;
    localStorage.removeItem(KEY);
    stopClock();
    show('exam-login');
    loginError(text || '');
  }

  $('exam-login-form').addEventListener('submit', function (e) {
    e.preventDefault();
    $('exam-start').disabled = true;
    token = null;
    call('POST', '/api/exam-login', { code: $('exam-code').value }).then(function (res) {
      $('exam-start').disabled = false;
      if (res.status !== 200) { loginError(message(res, '登录失败,请重试')); return; }
      token = res.json.token;
      localStorage.setItem(KEY, token);
      loginError('');
      load();
    }, function () {
      $('exam-start').disabled = false;
      loginError('无法连接服务器,请检查网络后重试');
    });
  });

  function load() {
    call('GET', '/api/exam/paper').then(function (res) {
      if (res.status === 401) { signedOut(message(res, '')); return; }
      if (res.status !== 200) { status('试卷加载失败:' + message(res, res.status), true); return; }
      var p = res.json;
      $('exam-who').textContent = p.name;
      $('exam-who').hidden = false;
      if (p.submitted) { done(p.score, p.awaitingMarking); return; }
      render(p.questions);
      endsAt = new Date(p.endsAt).getTime();
      startClock();
      show('exam-paper');
      status('答案将自动保存。', false);
    }, function () { status('无法连接服务器,正在重试…', true); setTimeout(load, 3000); });
  }

  var KIND = { SINGLE: '单选', MULTIPLE: '多选', TRUE_FALSE: '判断', CASE: '案例分析' };

  function render(questions) {
    var list = $('exam-questions');
    list.textContent = '';
    questions.forEach(function (q) {
      var li = document.createElement('li');
      li.className = 'exam-q';
      li.dataset.id = q.id;
      li.dataset.type = q.type;
      var h = document.createElement('h2');
      var b = document.createElement('b');
      b.textContent = q.number + '.';
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = '[' + KIND[q.type] + ',' + q.points + '分]';
      h.appendChild(b);
      h.appendChild(kind);
      h.appendChild(document.createTextNode(q.stem));
      li.appendChild(h);
      var name = 'q' + q.id;
      var saved = q.answer || '';
      if (q.type === 'CASE') {
        var ta = document.createElement('textarea');
        ta.name = name;
        ta.value = saved;
        ta.setAttribute('aria-label', '第' + q.number + '题作答');
        var debounce = null;
        ta.addEventListener('input', function () {
          clearTimeout(debounce);
          debounce = setTimeout(function () { save(q.id, ta.value); }, 800);
        });
        ta.addEventListener('change', function () { clearTimeout(debounce); save(q.id, ta.value); });
        li.appendChild(ta);
      } else {
        var options = q.type === 'TRUE_FALSE' ? ['对', '错'] : q.options;
        options.forEach(function (text, i) {
          var letter = q.type === 'TRUE_FALSE' ? (i === 0 ? 'T' : 'F') : String.fromCharCode(65 + i);
          var label = document.createElement('label');
          label.className = 'opt';
          var input = document.createElement('input');
          input.type = q.type === 'MULTIPLE' ? 'checkbox' : 'radio';
          input.name = name;
          input.value = letter;
          input.checked = saved.indexOf(letter) >= 0;
          input.addEventListener('change', function () {
            var chosen = Array.prototype.filter.call(li.querySelectorAll('input'), function (x) { return x.checked; })
              .map(function (x) { return x.value; }).join('');
            save(q.id, chosen);
          });
          label.appendChild(input);
          var span = document.createElement('span');
          span.textContent = q.type === 'TRUE_FALSE' ? text : letter + '. ' + text;
          label.appendChild(span);
          li.appendChild(label);
        });
      }
      var s = document.createElement('p');
      s.className = 'save' + (saved ? ' saved' : '');
      s.textContent = saved ? '已保存' : '';
      li.appendChild(s);
      list.appendChild(li);
    });
  }

  function mark(id, cls, text) {
    var li = document.querySelector('.exam-q[data-id="' + id + '"]');
    if (!li) { return; }
    var s = li.querySelector('.save');
    s.className = 'save ' + cls;
    s.textContent = text;
  }

  function status(text, bad) {
    $('exam-status').textContent = text;
    $('exam-status').className = 'exam-status' + (bad ? ' offline' : '');
  }

  function save(id, answer) {
    pending[id] = answer;
    mark(id, '', '保存中…');
    return send(id);
  }

  // One request per question at a time: a newer answer waits for the one in flight and goes next, so the server
  // never stores an older answer after a newer one, and 已保存 is shown only for the answer last chosen.
  function send(id) {
    if (inflight[id]) { return inflight[id]; }
    var answer = pending[id];
    inflight[id] = call('PUT', '/api/exam/answers/' + id, { answer: answer }).then(function (res) {
      inflight[id] = null;
      if (res.status === 200) {
        if (pending[id] !== answer) { return send(id); }
        delete pending[id];
        mark(id, 'saved', '已保存');
        if (Object.keys(pending).length === 0) { status('答案将自动保存。', false); }
      } else if (res.status === 409) {
        delete pending[id];
        load();
      } else if (res.status === 401) {
        signedOut(message(res, ''));
      } else {
        delete pending[id];
        mark(id, 'failed', message(res, '保存失败'));
      }
    }, function () {
      inflight[id] = null;
      mark(id, 'failed', '未保存,网络恢复后自动重试');
      status('网络中断:答案尚未保存,正在重试…', true);
      scheduleRetry();
    });
    return inflight[id];
  }

  function scheduleRetry() {
    if (retry) { return; }
    retry = setTimeout(function () {
      retry = null;
      Object.keys(pending).forEach(send);
    }, 3000);
  }

  window.addEventListener('online', function () { Object.keys(pending).forEach(send); });

  function startClock() {
    stopClock();
    tick();
    timer = setInterval(tick, 1000);
    $('exam-clock').hidden = false;
  }

  function stopClock() {
    if (timer) { clearInterval(timer); timer = null; }
    $('exam-clock').hidden = true;
  }

  function tick() {
    var left = Math.max(0, Math.floor((endsAt - (Date.now() + offset)) / 1000));
    var m = Math.floor(left / 60);
    var s = left % 60;
    $('exam-clock').textContent = '剩余 ' + m + ':' + (s < 10 ? '0' : '') + s;
    $('exam-clock').className = 'exam-clock' + (left <= 300 ? ' late' : '');
    if (left === 0) { submit(); }
  }

  function flush() {
    return Promise.all(Object.keys(pending).map(send));
  }

  function submit() {
    if (submitting) { return; }
    submitting = true;
    stopClock();
    flush().then(function () { return call('POST', '/api/exam/submit', {}); }).then(function (res) {
      submitting = false;
      if (res.status === 200) { done(res.json.score, res.json.awaitingMarking); }
      else if (res.status === 401) { signedOut(message(res, '')); }
      else if (res.status === 403) { refused(message(res, res.status)); }
      else { status('交卷失败:' + message(res, res.status) + ',请重试', true); setTimeout(startClock, 3000); }
    }, function () {
      submitting = false;
      status('网络中断,交卷未成功,正在重试…', true);
      setTimeout(submit, 3000);
    });
  }

  // A refusal no retry changes (the exam's unit is now received by 报送 and read-only here): say so and stop. Restarting
  // the clock, as after a passing fault, would submit again every few seconds once the time is up.
  function refused(text) {
    stopClock();
    status('交卷失败:' + text, true);
    $('exam-submit').disabled = true;
  }

  $('exam-submit').addEventListener('click', function () {
    var open = Array.prototype.filter.call(document.querySelectorAll('.exam-q'), function (li) {
      var s = li.querySelector('.save');
      return !s.classList.contains('saved');
    }).length;
    var text = (open > 0 ? '还有 ' + open + ' 题未作答。' : '') + '确定交卷吗?交卷后不能再修改答案。';
    if (window.confirm(text)) { submit(); }
  });

  function done(score, awaiting) {
    stopClock();
    localStorage.removeItem(KEY);
    $('exam-result').textContent = '客观题得分:' + score + ' 分' + (awaiting ? '(案例分析题待阅卷)' : '');
    show('exam-done');
  }

  if (token) { load(); } else { show('exam-login'); }
}());
