// The core's first call compiles its notice vocabularies; doing that on a tiny detached document in
// its own idle tasks keeps it out of the first real scan's task.
import { collectFields, collectScan } from '../core/collect';
import { idle } from './scheduler';

const WARM_UP_HTML =
  '<form><label for="a">姓名 Name 姓名</label><input id="a"><label><input type="checkbox"> 我已阅读并同意《隐私政策》 I agree to the privacy policy</label><a href="/privacy">隱私權政策</a></form>';

function warmUpDocument(): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = WARM_UP_HTML;
  return doc;
}

/** Two warm-up tasks (questions, then notice vocabularies), each timed by `timed`, then `then`. */
export function warmUp(pageUrl: string, timed: <T>(work: () => T) => T, then: () => void): void {
  idle(() => {
    const doc = warmUpDocument();
    timed(() => collectFields(doc, { pageUrl, within: [doc.body], maxFields: 5 }));
    idle(() => {
      timed(() => collectScan(warmUpDocument(), { pageUrl, maxFields: 5 }));
      idle(then, 2000);
    }, 2000);
  }, 2000);
}
