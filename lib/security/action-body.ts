// Whether a server action's body is whole and sane before Next decodes it. Next's decoder answers
// 500 to a body that is not JSON, is cut short, or nests thousands of levels deep; Belem's actions
// take flat inputs, so such a body is a client's fault and gets 400 from proxy.ts instead. Pure.
/** Deeper than any action's input (the deepest, a journal cell's save, nests 4 levels). */
export const MAX_ACTION_DEPTH = 32;

/** Deepest nesting of arrays and objects in a JSON text, not counting brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** Why the body cannot be an action's arguments, or null when it may be decoded. */
export function actionBodyProblem(contentType: string, body: Uint8Array): "malformed" | "too_deep" | null {
  const type = contentType.toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    // A whole multipart body ends with its closing delimiter; a cut one does not.
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
    const delimiter = boundary ? `--${boundary[1] ?? boundary[2].trim()}--` : null;
    const tail = new TextDecoder().decode(body.subarray(Math.max(0, body.length - 200))).trimEnd();
    return delimiter && tail.endsWith(delimiter) ? null : "malformed";
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return "malformed";
  }
  if (jsonDepth(text) > MAX_ACTION_DEPTH) return "too_deep";
  try {
    JSON.parse(text);
    return null;
  } catch {
    return "malformed";
  }
}
