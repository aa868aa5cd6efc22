// How the page got its wasm instance: the boot script hands `WebAssembly.instantiate` a module compiled by its worker,
// or the bytes when it compiles them itself (no worker). Add `RECORD_INSTANTIATE` as an init script before the app
// starts, then read `instantiatedFrom(page)`: ['module'] or ['bytes'].
export const RECORD_INSTANTIATE = `{
  const instantiate = WebAssembly.instantiate;
  window.__instantiatedFrom = [];
  WebAssembly.instantiate = function (source, imports) {
    window.__instantiatedFrom.push(source instanceof WebAssembly.Module ? 'module' : 'bytes');
    return instantiate.call(this, source, imports);
  };
}`;

export const instantiatedFrom = (page) => page.evaluate(() => window.__instantiatedFrom);
