// The organiser's online exam page: while the exam is open, each candidate's state, progress and score follow the
// sittings live (the candidates' JSON every 3 s through live.js), until every paper is in and marked. A candidate
// added elsewhere shows after a reload; without scripts the organiser reloads the page.
// A submitted paper's "待阅 N" links to its marking (the row's data-marking, set by the server), and the marking
// list's count of answers waiting follows for each variant with one case question (its only one, so the variant's
// pending answers are all that question's). A candidate who has submitted or is absent gets no new code: the row's
// 重发登录码 goes.
(function () {
  'use strict';
  var table = document.getElementById('exam-candidates');
  var url = table && table.getAttribute('data-live-url');
  if (!url) {
    return;
  }

  function cell(row, field, value) {
    var td = row.querySelector('[data-field="' + field + '"]');
    if (td) {
      td.textContent = value;
    }
    return td;
  }

  function progress(row, c) {
    var td = cell(row, 'progress', c.progress);
    var marking = row.getAttribute('data-marking');
    if (td && marking && c.status === 'SUBMITTED' && c.pendingCase > 0) {
      td.textContent = '已答 ' + c.answered + '/' + c.questions + ',';
      var a = document.createElement('a');
      a.href = marking;
      a.textContent = '待阅 ' + c.pendingCase;
      td.appendChild(a);
    }
  }

  window.fazhiLive(url, 3000, function (candidates) {
    var going = false;
    var waiting = {};
    candidates.forEach(function (c) {
      var row = table.querySelector('tr[data-candidate="' + c.id + '"]');
      if (row) {
        cell(row, 'status', c.statusLabel);
        progress(row, c);
        cell(row, 'score', c.score === null ? '' : String(c.score));
        var reissue = row.querySelector('form.reissue');
        if (reissue && (c.status === 'SUBMITTED' || c.status === 'ABSENT')) {
          reissue.hidden = true;
        }
      }
      if (c.status === 'SUBMITTED') {
        waiting[c.variant] = (waiting[c.variant] || 0) + c.pendingCase;
      }
      going = going || c.status === 'WAITING' || c.status === 'SITTING' || c.pendingCase > 0;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#exam-marking li[data-variant]'), function (li) {
      var count = li.querySelector('[data-field="waiting"]');
      if (count) {
        count.textContent = String(waiting[li.getAttribute('data-variant')] || 0);
      }
    });
    return going;
  });
})();
