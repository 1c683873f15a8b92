// The hearing form: show the half that applies (出庭负责人 when a head appeared, 未出庭理由 when not).
// Without this script both halves show and the server reads only the chosen one.
(function () {
  'use strict';
  document.querySelectorAll('form.court-hearing').forEach(function (form) {
    var radios = form.querySelectorAll('input[data-court-appeared]');
    function sync() {
      var chosen = form.querySelector('input[data-court-appeared]:checked');
      var value = chosen ? chosen.value : 'true';
      form.querySelectorAll('[data-court-when]').forEach(function (part) {
        part.hidden = part.getAttribute('data-court-when') !== value;
      });
    }
    radios.forEach(function (r) { r.addEventListener('change', sync); });
    sync();
  });
}());
