// The words under 判断有误？ (the detector's corrections and the report of a page), in both languages:
// loaded with corrections-view.tsx when the reader opens that section, not with the panel. Its
// heading, which shows at first, is in the panel's own tables (strings.ts).
import type { Lang } from '../common/lang';

export interface DetectorWords {
  cleanAnyway: string;
  /** Said on a page cleaned by the reader's 仍然净化. */
  cleanedAnyway: string;
  stopCleaning: string;
  isDocument: string;
  notDocument: string;
  /** Said under the two document buttons: pressing the pressed one again undoes it. */
  documentHint: string;
  diagnostics: string;
  diagnosticsCopied: string;
}

export const DETECTOR_WORDS: Record<Lang, DetectorWords> = {
  zh: {
    cleanAnyway: '仍然净化',
    cleanedAnyway: '此类页面按你的选择净化。',
    stopCleaning: '撤销仍然净化',
    isDocument: '这是公文',
    notDocument: '这不是公文',
    documentHint: '再点一次已选的按钮即恢复自动判断。',
    diagnostics: '复制诊断信息',
    diagnosticsCopied: '已复制诊断信息，可粘贴到问题报告中',
  },
  en: {
    cleanAnyway: 'Clean anyway',
    cleanedAnyway: 'Pages like this are cleaned because you chose so.',
    stopCleaning: 'Stop cleaning pages like this',
    isDocument: 'This is an official document',
    notDocument: 'This is not an official document',
    documentHint: 'Press the chosen button again to let the extension decide.',
    diagnostics: 'Copy diagnostics',
    diagnosticsCopied: 'Copied the diagnostics; paste them into a report',
  },
};
