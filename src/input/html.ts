/**
 * Saved web pages: the article text taken out of the markup with a real parser (htmlparser2), with the
 * page's `og:`/`article:` meta for title, URL and publication time. Navigation, headers, footers, forms
 * and comment sections are left out. The extracted text becomes the document's `text`.
 *
 * Example: `<article><h1>اختصاص ۶۷ میلیارد تومان</h1><p>سرپرست سازمان …</p></article><footer>…</footer>`
 * → text `اختصاص ۶۷ میلیارد تومان\n\nسرپرست سازمان …`, title from `og:title`.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'button', 'select', 'figure']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'table', 'tr', 'pre', 'dd', 'dt', 'dl', 'body']);
const BOILERPLATE = /comment|footer|nav|menu|sidebar|related|share|social|breadcrumb|advert|banner|tags?\b|subscribe|login/i;

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function skipped(el: Element): boolean {
  if (SKIPPED.has(el.name)) return true;
  const marker = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''}`;
  return BOILERPLATE.test(marker) || el.attribs.role === 'navigation';
}

/** Text of a subtree, blocks separated by blank lines and <br> by a line break. */
function textOf(node: ChildNode, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.data.replace(/\s+/g, ' '));
    return;
  }
  if (!isElement(node) || skipped(node)) return;
  if (node.name === 'br') {
    parts.push('\n');
    return;
  }
  const block = BLOCK.has(node.name);
  if (block) parts.push('\n\n');
  for (const child of node.children) textOf(child, parts);
  if (block) parts.push('\n\n');
}

function clean(parts: string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function findAll(nodes: ChildNode[], test: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    findAll(node.children, test, out);
  }
  return out;
}

/** The element holding the article: `<article>`, else the block with the most paragraph text. */
function articleRoot(nodes: ChildNode[]): Element | null {
  const articles = findAll(nodes, (el) => el.name === 'article' && !skipped(el));
  const textLength = (el: Element) => clean(((p: string[]) => (textOf(el, p), p))([])).length;
  if (articles.length) return articles.reduce((a, b) => (textLength(b) > textLength(a) ? b : a));
  // Score each element by the text of its direct <p> children; the best one is the article body.
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of findAll(nodes, (e) => !skipped(e))) {
    const score = el.children
      .filter((c): c is Element => isElement(c) && c.name === 'p')
      .reduce((n, p) => n + textLength(p), 0);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

function metaContent(nodes: ChildNode[], names: string[]): string | null {
  for (const name of names) {
    const el = findAll(nodes, (e) => e.name === 'meta' && (e.attribs.property === name || e.attribs.name === name))[0];
    if (el?.attribs.content) return el.attribs.content.trim();
  }
  return null;
}

export function htmlToArticle(html: string): HtmlArticle {
  const dom = parseDocument(html, { decodeEntities: true });
  const nodes = dom.children;
  const titleTag = findAll(nodes, (e) => e.name === 'title')[0];
  const title = metaContent(nodes, ['og:title', 'twitter:title']) ?? (titleTag ? clean(((p: string[]) => (titleTag.children.forEach((c) => textOf(c, p)), p))([])) || null : null);
  const canonical = findAll(nodes, (e) => e.name === 'link' && e.attribs.rel === 'canonical')[0]?.attribs.href ?? null;
  const url = metaContent(nodes, ['og:url']) ?? canonical;
  const published = metaContent(nodes, ['article:published_time', 'og:published_time', 'datePublished', 'date']);
  const root = articleRoot(nodes);
  const parts: string[] = [];
  if (root) textOf(root, parts);
  let text = clean(parts);
  if (title && !text.includes(title)) text = text ? `${title}\n\n${text}` : title;
  return { text, title, url, published };
}
