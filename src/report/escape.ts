/**
 * report/escape: every piece of article text reaches the page through these, so that markup in an
 * article is shown as text and never parsed.
 *
 * Example: `escapeHtml('<script>alert(1)</script> & «خبر»')` →
 * `&lt;script&gt;alert(1)&lt;/script&gt; &amp; «خبر»`; `escapeAttr('a\nb')` → `a&#10;b`.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const HTML_SPECIAL = /[&<>"']/g;
/** C0 controls other than tab/newline/carriage return, and lone surrogates: not allowed in HTML text. */
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `& < > " '` escaped; control characters and lone surrogates become U+FFFD. */
export function escapeHtml(s: string): string {
  return s.replace(UNSAFE_CHARS, '\uFFFD').replace(HTML_SPECIAL, (c) => HTML_ESCAPES[c]);
}

/** A double-quoted attribute value: as text, plus newlines and tabs kept as character references. */
export function escapeAttr(s: string): string {
  return escapeHtml(s).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** An href for a URL from an article: only http(s) URLs become links; anything else is null. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s<>"']+$/i.test(trimmed) ? escapeAttr(trimmed) : null;
}
