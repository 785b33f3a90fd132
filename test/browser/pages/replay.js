// A stand-in session-replay script served from another origin: it listens to typing and posts
// beacons home right after (it sends only a counter here; real ones send what was typed).
(function () {
  var home = document.currentScript.src.replace(/\/replay\.js$/, '');
  var n = 0;
  document.addEventListener('keydown', function () {
    n++;
    navigator.sendBeacon(home + '/collect', String(n));
  });
})();
