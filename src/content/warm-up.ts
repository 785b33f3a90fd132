// The core's first call compiles its code and vocabularies; doing that on tiny detached documents
// in idle tasks of its own keeps it out of the first real scan's slices. The notice half costs the
// most: a link first, then a consent box, splits it in two tasks of about equal size (measured in
// Node: 12 ms in one task; 7 + 7 ms in two).
import { collectFields, collectScan } from '../core/collect';
import { idle } from './scheduler';

/** One page per warm-up task: a question, a notice link, a consent box. */
const WARM_UPS = [
  '<label>姓名<input></label>',
  '<a href=/p>隱私權政策</a>',
  '<label><input type=checkbox>我已阅读并同意《隐私政策》</label>',
];

/** The warm-up tasks, each timed by `timed`, then `then`. */
export function warmUp(pageUrl: string, timed: <T>(work: () => T) => T, then: () => void): void {
  const task = (i: number): void =>
    idle(() => {
      if (i === WARM_UPS.length) return then();
      const doc = document.implementation.createHTMLDocument('');
      doc.body.innerHTML = WARM_UPS[i]!;
      timed(() =>
        i
          ? collectScan(doc, { pageUrl, maxFields: 5 })
          : collectFields(doc, { pageUrl, within: [doc.body], maxFields: 5 }),
      );
      task(i + 1);
    }, 2000);
  task(0);
}
