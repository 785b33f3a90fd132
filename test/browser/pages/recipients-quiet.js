// A third-party script that only loads: no key listeners, no requests. It leaves a mark so the
// test knows it ran (a data attribute, not a listener).
(function () {
  document.documentElement.setAttribute('data-quiet-loaded', '1');
  window.addEventListener('resize', function () {}); // a listener, but not to typing
})();
