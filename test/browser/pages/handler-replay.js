// A stand-in tracker that listens through a handler property (document.onkeydown), not
// addEventListener, and beacons home.
(function () {
  var home = document.currentScript.src.replace(/\/handler-replay\.js$/, '');
  var n = 0;
  document.onkeydown = function () {
    n++;
    navigator.sendBeacon(home + '/collect', String(n));
  };
  window.trackerReady = true;
})();
