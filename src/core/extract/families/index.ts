// Every question-container family, nearest-first matching: the extractor takes the nearest
// ancestor that matches ANY family's container and has a non-empty title.
import { antDesign } from './ant-design';
import { bootstrap } from './bootstrap';
import { elementUi } from './element-ui';
import { feishuDingtalk } from './feishu-dingtalk';
import { googleForms } from './google-forms';
import { layui } from './layui';
import { microsoftForms } from './microsoft-forms';
import { tencentDocs } from './tencent-docs';
import type { QuestionFamily } from './types';
import { vant } from './vant';
import { weui } from './weui';
import { wjx } from './wjx';

export type { QuestionFamily } from './types';

export const QUESTION_FAMILIES: readonly QuestionFamily[] = [
  wjx,
  googleForms,
  microsoftForms,
  tencentDocs,
  vant,
  elementUi,
  antDesign,
  layui,
  bootstrap,
  weui,
  feishuDingtalk,
];
