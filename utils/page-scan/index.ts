export { createPageScan, type PageScan, type PageScanOptions } from './controller';
export { createScanner, type DetectedNumber, type NumberInfo, type Scanner } from './page-walker';
export { createTaskRunner, defaultDefer, type TaskRunner } from './task-runner';
export { listenToMarks } from './mark-events';
export { installMarkStyle, MARK_CSS, MARK_STYLE_ID } from './mark-style';
export { MARK_TAG, ICON_ATTR, CARD_TAG, isInsideSkipped } from './dom-rules';
export { ownMarkNumber } from './marker';
