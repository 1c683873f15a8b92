// The print button of the ranking and the 通报: the page itself is laid out for paper (court.css).
(function () {
  'use strict';
  document.querySelectorAll('button.print-button').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      window.print();
    });
  });
}());
