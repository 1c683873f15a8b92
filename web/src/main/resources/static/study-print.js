// A print button for the boards: the page itself is laid out for paper (see @media print in app.css).
(function () {
  'use strict';
  document.querySelectorAll('button.print-button').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      window.print();
    });
  });
})();
