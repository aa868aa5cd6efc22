// How the page got its wasm instance: the boot script hands `WebAssembly.instantiate` a module compiled by its worker,
// or the bytes when it compiles them itself (no worker). Add `RECORD_INSTANTIATE` as an init script before the app
// starts, then read `instantiatedFrom(page)`: 'module' or 'bytes', what the main module and (once it has loaded) the
// chunk were instantiated from; 'mixed' if they differ.
export const RECORD_INSTANTIATE = `{
  const instantiate = WebAssembly.instantiate;
  window.__instantiatedFrom = [];
  WebAssembly.instantiate = function (source, imports) {
    window.__instantiatedFrom.push(source instanceof WebAssembly.Module ? 'module' : 'bytes');
    return instantiate.call(this, source, imports);
  };
}`;

export const instantiatedFrom = (page) => page.evaluate(() => {
  const from = new Set(window.__instantiatedFrom);
  return from.size === 1 ? [...from][0] : from.size === 0 ? 'nothing' : 'mixed';
});
