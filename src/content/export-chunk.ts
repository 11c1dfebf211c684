// The copy half of the content script, loaded at the first copy: every format made from the analysis
// (Markdown, the citations, RIS, BibTeX, a clause with its link, a cleaned selection). Reading the
// page and showing the panel never load it; a reader who copies loads it once.
export { copyAsked, copyClauseOf, textAsked } from '../common/copy-request';
