/**
 * The few XML primitives the ODM writer needs, as plain strings so the document can be yielded piece
 * by piece. Hand-written rather than a builder library: escaping is the whole job, and strings stream
 * without a tree in memory.
 */

// Characters XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR, U+FFFE/U+FFFF, lone
// surrogates). Free text typed by a user may hold them; they become U+FFFD so the file stays well-formed.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// In attributes, tab and line breaks are escaped too: a parser would otherwise normalise them to spaces.
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// Printable ASCII with nothing to escape: most values (ids, dates, numbers, codes) pass this one test and
// are written as they are. A million-event audit trail escapes tens of millions of values.
const PLAIN_TEXT = /^[\u0020-\u0025\u0027-\u003b\u003d\u003f-\u007e]*$/;
const PLAIN_ATTR = /^[\u0020\u0021\u0023-\u0025\u0027-\u003b\u003d\u003f-\u007e]*$/;

export const escapeText = (text: string): string =>
  PLAIN_TEXT.test(text) ? text : text.replace(NOT_XML, '\uFFFD').replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c);

export const escapeAttr = (text: string): string =>
  PLAIN_ATTR.test(text) ? text : text.replace(NOT_XML, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);

/** Attributes in the order given; undefined ones are left out. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

function attrText(attrs: Attrs): string {
  let out = '';
  for (const name in attrs) {
    const value = attrs[name];
    if (value !== undefined) out += ` ${name}="${escapeAttr(typeof value === 'number' ? String(value) : value)}"`;
  }
  return out;
}

export const open = (name: string, attrs: Attrs = {}): string => `<${name}${attrText(attrs)}>`;
export const close = (name: string): string => `</${name}>`;

/** An element whose children are already-written XML; empty children give `<Name/>`. */
export function element(name: string, attrs: Attrs, ...children: readonly string[]): string {
  const inner = children.join('');
  return inner === '' ? `<${name}${attrText(attrs)}/>` : `${open(name, attrs)}${inner}${close(name)}`;
}

/** An element holding text. */
export const textElement = (name: string, attrs: Attrs, text: string): string =>
  `${open(name, attrs)}${escapeText(text)}${close(name)}`;
