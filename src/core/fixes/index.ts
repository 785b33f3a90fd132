// What HR should change: a fix per check and a paste-ready collection notice (issue 6).
export { FIXES, fixFor, hasFix } from './suggestions';
export { noticeTemplate } from './notice-template';
