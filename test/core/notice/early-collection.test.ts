import { describe, expect, it } from 'vitest';
import { findEarlyCollection, maskScript } from '../../../src/core/notice/early-collection';
import { descriptor, dom, field } from './helpers';

const early = (
  html: string,
  descriptors = [] as ReturnType<typeof descriptor>[],
  fields = [] as ReturnType<typeof field>[],
) => findEarlyCollection(dom(html), descriptors, fields);
const script = (code: string, body = '') => `${body}<script>${code}</script>`;

describe('static early collection: geolocation and camera on load', () => {
  it('a top-level getCurrentPosition call', () => {
    expect(
      early(
        script(
          `navigator.geolocation.getCurrentPosition(function (p) { document.getElementById('lat').value = p.coords.latitude; });`,
        ),
      ),
    ).toEqual([{ kind: 'geolocation', evidence: 'inline script calls geolocation when the page loads' }]);
  });
  it('inside window.onload, $(function(){}) or DOMContentLoaded', () => {
    expect(early(script(`window.onload = function () { navigator.geolocation.watchPosition(save); };`))).toHaveLength(
      1,
    );
    expect(early(script(`$(function () { navigator.mediaDevices.getUserMedia({ video: true }); });`))[0]!.kind).toBe(
      'camera',
    );
    expect(
      early(
        script(
          `document.addEventListener('DOMContentLoaded', () => { navigator.geolocation.getCurrentPosition(ok); });`,
        ),
      ),
    ).toHaveLength(1);
  });
  it('a named function called on load', () => {
    expect(
      early(script(`function locate() { navigator.geolocation.getCurrentPosition(ok); }\nlocate();`)),
    ).toHaveLength(1);
    expect(
      early(script(`function locate() { navigator.geolocation.getCurrentPosition(ok); }\nwindow.onload = locate;`)),
    ).toHaveLength(1);
    expect(
      early(script(`function locate() { navigator.geolocation.getCurrentPosition(ok); }`, '<body onload="locate()">')),
    ).toHaveLength(1);
  });
  it('not inside a click or consent handler', () => {
    expect(
      early(
        script(
          `document.getElementById('agree').addEventListener('click', function () { navigator.geolocation.getCurrentPosition(ok); });`,
        ),
      ),
    ).toEqual([]);
    expect(
      early(script(`$('#btn').on('click', function () { navigator.geolocation.getCurrentPosition(ok); });`)),
    ).toEqual([]);
    expect(
      early(script(`function locate() { navigator.geolocation.getCurrentPosition(ok); }\n$('#agree').click(locate);`)),
    ).toEqual([]);
    expect(
      early(
        script(
          `function locate() { navigator.geolocation.getCurrentPosition(ok); }`,
          '<button onclick="locate()">定位</button>',
        ),
      ),
    ).toEqual([]);
    expect(
      early(
        script(`box.onchange = function () { if (box.checked) { navigator.geolocation.getCurrentPosition(ok); } };`),
      ),
    ).toEqual([]);
    expect(early(script(`function locate() { navigator.geolocation.getCurrentPosition(ok); }`))).toEqual([]); // never called here
  });
  it('a load binding to a function from an external script, named for location', () => {
    expect(early(`<script src="/js/punch.js"></script><script>onload = getLocation;</script>`)).toEqual([
      { kind: 'geolocation', evidence: 'page load runs getLocation() from an external script' },
    ]);
    expect(early(`<script>onload = initPage;</script>`)).toEqual([]);
  });
  it('comments and strings do not confuse the brace scanner', () => {
    expect(maskScript(`a('{'); // }\n/* { */ b("}")`)).toBe(`a(' '); //  \n        b(" ")`.replace('//  ', '    '));
    expect(
      early(
        script(
          `var s = "}"; // navigator.geolocation.getCurrentPosition()\nbtn.addEventListener('click', function () { var t = '}'; navigator.geolocation.getCurrentPosition(ok); });`,
        ),
      ),
    ).toEqual([]);
  });
});

describe('static early collection: hidden inputs pre-filled', () => {
  it('hidden location / identity inputs with a value, never the value itself', () => {
    const found = early(
      `<form><input type="hidden" name="latitude" value="31.23"><input type="hidden" name="idcard" value="110101199003071234"><input type="hidden" name="token" value="abc"><input type="hidden" name="lng" value=""></form>`,
    );
    expect(found.map((f) => f.kind)).toEqual(['hidden-fill', 'hidden-fill']);
    expect(found.map((f) => f.evidence).join(' ')).not.toMatch(/31\.23|110101/);
    expect(found[0]!.evidence).toContain('location');
    expect(found[1]!.evidence).toContain('identity');
  });
  it('a hidden descriptor the classifier put in a personal family', () => {
    const d = descriptor('#x', '', { hidden: true, hasValue: true });
    expect(early(`<input type="hidden" id="x" name="f1" value="z">`, [d], [field('#x', 'location.precise')])).toEqual([
      { kind: 'hidden-fill', evidence: 'hidden input #x (location.precise) is pre-filled' },
    ]);
  });
});

describe('static early collection: names inside strings', () => {
  it('an element id equal to the function name is not a call', () => {
    const code = `function startCamera() { navigator.mediaDevices.getUserMedia({ video: true }); }
      document.getElementById('startCamera').addEventListener('click', function () { if (document.getElementById('agreeFace').checked) startCamera(); });`;
    expect(early(script(code))).toEqual([]);
  });
});

describe('static early collection: bounded on hostile scripts', () => {
  it('a 300 KB script with thousands of handlers and calls finishes quickly', () => {
    const handlers = Array.from(
      { length: 3000 },
      (_, i) => `btn${i}.addEventListener('click', function () { navigator.geolocation.getCurrentPosition(f${i}); });`,
    ).join('\n');
    const started = performance.now();
    expect(early(script(handlers))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
