// Keeps part of an organiser's page live: asks a JSON GET of this server every few seconds and hands each answer
// to the page's function, until that function returns false. The study session's sign-in list and projector view
// (signin.js) and the online exam's candidates (exam-desk.js) use it; without scripts those pages still work
// (the organiser reloads).
window.fazhiLive = function (url, ms, onData) {
  'use strict';
  var timer = setInterval(function () {
    var req = new XMLHttpRequest();
    req.open('GET', url);
    req.setRequestHeader('Accept', 'application/json');
    req.onload = function () {
      if (req.status === 200 && onData(JSON.parse(req.responseText)) === false) {
        clearInterval(timer);
      }
    };
    req.send();
  }, ms);
};
