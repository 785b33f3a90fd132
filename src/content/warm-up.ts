// The core's first call compiles its notice vocabularies; doing that on a tiny detached document in
// its own idle tasks keeps it out of the first real scan's task.
import { collectFields, collectScan } from '../core/collect';
import { idle } from './scheduler';

/** A question, a consent box and a notice link: enough for the core to compile what a scan uses. */
const WARM_UP_HTML =
  '<label>姓名<input></label><label><input type=checkbox>我已阅读并同意《隐私政策》</label><a href=/p>隱私權政策</a>';

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
