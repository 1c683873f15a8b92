// The organiser's online exam page: while the exam is open, each candidate's state, progress and score follow the
// sittings live (the candidates' JSON every 3 s through live.js), until every paper is in and marked. A candidate
// added elsewhere shows after a reload; without scripts the organiser reloads the page.
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
  }

  window.fazhiLive(url, 3000, function (candidates) {
    var going = false;
    candidates.forEach(function (c) {
      var row = table.querySelector('tr[data-candidate="' + c.id + '"]');
      if (row) {
        cell(row, 'status', c.statusLabel);
        cell(row, 'progress', c.progress);
        cell(row, 'score', c.score === null ? '' : String(c.score));
      }
      going = going || c.status === 'WAITING' || c.status === 'SITTING' || c.pendingCase > 0;
    });
    return going;
  });
})();
