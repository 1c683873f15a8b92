// Small progressive enhancements; every page works without them.
document.addEventListener('submit', function (e) {
  var form = e.target;
  var msg = form.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) {
    e.preventDefault();
  }
}, true);
document.addEventListener('click', function (e) {
  var a = e.target.closest && e.target.closest('a[data-back]');
  if (a && window.history.length > 1) {
    e.preventDefault();
    window.history.back();
  }
});
