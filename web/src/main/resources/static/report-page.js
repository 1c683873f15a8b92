// The report page's print button (hidden until this script runs, so it never shows without a way to work).
// The page itself is laid out for A4 paper by report.css.
(function () {
  'use strict';
  document.querySelectorAll('.report-bar button.print-button').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      window.print();
    });
  });
}());
