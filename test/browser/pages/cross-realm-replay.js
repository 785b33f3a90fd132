// A stand-in tracker that adds its key listener with another realm's addEventListener (a fresh
// about:blank iframe's), so the page's own wrapped method never sees the call; it beacons home.
(function () {
  var home = document.currentScript.src.replace(/\/cross-realm-replay\.js$/, '');
  var frame = document.createElement('iframe');
  frame.style.display = 'none';
  document.body.append(frame);
  var n = 0;
  frame.contentWindow.EventTarget.prototype.addEventListener.call(document, 'keydown', function () {
    n++;
    navigator.sendBeacon(home + '/collect', String(n));
  });
})();
