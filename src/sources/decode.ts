/** Bytes → text, honouring the charset the server or the page declares (the site may send EUC-KR). */

/** Labels some servers send that TextDecoder knows under another name. */
const ALIASES: Record<string, string> = { 'ks_c_5601-1987': 'euc-kr', ksc5601: 'euc-kr', cp949: 'euc-kr', 'x-windows-949': 'euc-kr', utf8: 'utf-8' };

/** The charset named in a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase();
}

/** The charset a page declares in its first bytes: <meta charset>, http-equiv, or the XML declaration. */
export function charsetFromMarkup(bytes: Uint8Array): string | undefined {
  // the declaration is ASCII in every encoding the site uses, so latin1 reads it safely
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** A TextDecoder for a label, or undefined when the label is unknown. */
function decoderFor(label: string): InstanceType<typeof TextDecoder> | undefined {
  try {
    return new TextDecoder(ALIASES[label] ?? label, { fatal: false });
  } catch {
    return undefined;
  }
}

/**
 * Decodes a response body: the header's charset wins, then the markup's, then UTF-8 (with BOM sniffing).
 * Returns the text and the charset actually used.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  for (const label of [charsetFromContentType(contentType), charsetFromMarkup(bytes)]) {
    if (!label) continue;
    const decoder = decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
}
