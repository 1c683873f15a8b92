// The print button of the pages laid out for paper (the ranking and the 通报 by court.css, the boards by
// @media print in app.css, the annual report by report.css). It is hidden until this script runs, so it
// never shows without a way to work.
(function () {
  'use strict';
  document.querySelectorAll('button.print-button').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      window.print();
    });
  });
}());
