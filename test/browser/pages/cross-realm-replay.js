// A stand-in tracker that works through another realm (a fresh about:blank iframe's): it adds its
// key listener with the iframe's addEventListener and beacons home with the iframe's sendBeacon,
// so neither call goes through the page's own methods, and the iframe saw no typing.
(function () {
  var home = document.currentScript.src.replace(/\/cross-realm-replay\.js$/, '');
  var frame = document.createElement('iframe');
  frame.style.display = 'none';
  document.body.append(frame);
  var n = 0;
  frame.contentWindow.EventTarget.prototype.addEventListener.call(document, 'keydown', function () {
    n++;
    frame.contentWindow.navigator.sendBeacon(home + '/collect', String(n));
  });
})();
