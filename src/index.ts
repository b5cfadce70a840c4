/**
 * khabar's library API: what the CLI wraps and what users import.
 *
 * Example:
 *   import { extract } from 'khabar';
 *   extract('یاسوج - ایرنا - مدیر درمان … ۵۰ میلیارد تومان …').money[0].amount  // 50000000000
 */
export { extract, failedDocument, parseReferenceDate, type ExtractOptions } from './pipeline/index.js';
export { fileArticles, iterateArticles, listFiles, readArticles, IdAllocator, type ArticleInput } from './input/index.js';
export { extractFile, processArticle } from './input/process.js';
export { htmlToArticle } from './input/html.js';
export { decodeBytes } from './input/decode.js';
export { normalize, rawSpan, fold, type Normalized } from './normalize/index.js';
export { segment, tokenize, type Segmented, type Sentence, type Token } from './segment/index.js';
export { extractMeta } from './meta/index.js';
export { toJson, toJsonLine, tables, tableCsv, writeDocuments, openSinks, documentRows, TABLE_NAMES, COLUMNS } from './output/index.js';
export { evaluate, evaluateArticles, evaluatePredictions, formatReport, loadGold } from './eval/index.js';
export type * from './types.js';
