// The wasm-bindgen glue's string passing, rewritten by the post-build step split-wasm (scripts/split-wasm.mjs). Every string
// the wasm hands to the DOM (tag and attribute names, classes, texts) is decoded by the glue with a TextDecoder call
// on a new view of the wasm memory. A results render hands over about 2,000 strings, 19 in 20 of them at most 32
// bytes long; for those a fixed cost per call (the call into the browser, the view to collect) outweighs the
// decoding. ASCII strings of that length are decoded here in a loop; every other string goes to the TextDecoder as
// before. Measured in Chromium (warm, 2,000 strings of 1 to 22 bytes like a render's): 1.3 ms with the TextDecoder,
// 0.4 ms in the loop.

import { TOOLS, replaceOnce } from './patch.mjs';

/** wasm-bindgen 0.2.130's function, exactly: the rewrite fails the build when a new version writes another one. */
const DECODE = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`;

/** The names minification keeps (scripts/minify.mjs): e2e/glue.test.mjs runs the shipped function, which calls the
 * other two. */
export const KEPT_NAMES = ['getStringFromWasm0', 'getUint8ArrayMemory0', 'decodeText'];

/** The longest string, in bytes, decoded in the loop. */
export const SHORT = 32;

const FAST_DECODE = `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const memory = getUint8ArrayMemory0();
    if (len <= ${SHORT}) {
        let text = "";
        for (let at = ptr, end = ptr + len; at < end; at++) {
            const byte = memory[at];
            if (byte > 127) return decodeText(memory.subarray(ptr, ptr + len));
            text += String.fromCharCode(byte);
        }
        return text;
    }
    return decodeText(memory.subarray(ptr, ptr + len));
}`;

/** `glue` with short ASCII strings decoded without the TextDecoder; it must contain wasm-bindgen's function once. */
export function decodeShortStringsInline(glue) {
  return replaceOnce(glue, DECODE, FAST_DECODE, { step: 'split-wasm', file: 'app.js', tool: TOOLS.wasmBindgen });
}
