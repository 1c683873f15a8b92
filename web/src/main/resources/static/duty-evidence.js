// The evidence upload form: says before uploading when a file is over the size limit (the server
// refuses it too, but only after the whole file has been sent), and shows the chosen file's size.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[type=file][data-max-bytes]');
  var error = form.querySelector('[data-file-error]');
  var max = Number(input.getAttribute('data-max-bytes'));

  function megabytes(n) {
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  function check() {
    var file = input.files && input.files[0];
    var message = '';
    if (file && file.size > max) {
      message = '文件过大(' + megabytes(file.size) + '),上限 ' + megabytes(max) + ',请压缩后再上传';
    } else if (file && file.size === 0) {
      message = '文件是空的';
    }
    input.setCustomValidity(message);
    if (message) {
      error.textContent = message;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    } else if (file) {
      error.textContent = '';
      error.hidden = true;
      input.removeAttribute('aria-invalid');
    }
    return !message;
  }

  input.addEventListener('change', check);
  form.addEventListener('submit', function (e) {
    if (!check()) {
      e.preventDefault();
      input.focus();
      return;
    }
    var button = form.querySelector('button[type=submit]');
    if (button) {
      // A large video takes a while on an office network; one click is enough.
      button.disabled = true;
      button.textContent = '正在上传…';
    }
  });
}());
