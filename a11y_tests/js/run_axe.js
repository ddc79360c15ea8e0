// Ours: run axe-core (fetched at set-up into a11y_tests/vendor/, injected before this) in one frame,
// or merge the results of every frame. Needs no helpers.

// In the current frame: load its lazy frames, name its child frames, then run axe.runPartial on
// `context` (null for the whole page; the context axe gave for this frame otherwise). Calls `done`
// with {partial (text: fdAxePack), frames: [{selector, context, element}]}, with {unloaded: url} when
// the frame shows the browser's own error page instead of its content, or with {error} when axe
// cannot run. Waits at most `waitMs` for lazy frames.
function fdAxePartial(context, options, waitMs, done) {
  if (location.protocol === 'chrome-error:') {
    done({unloaded: document.URL});
    return;
  }
  if (typeof window.axe === 'undefined') {
    done({error: 'axe-core is not in the page'});
    return;
  }
  const run = async () => {
    await fdLoadLazyFrames(waitMs);
    const target = context || document;
    // Before runPartial, which clears the tree that getFrameContexts reads.
    const frames = window.axe.utils.getFrameContexts(target, options).map((found) => ({
      selector: found.frameSelector,
      context: found.frameContext,
      element: window.axe.utils.shadowSelect(found.frameSelector),
    }));
    const partial = await window.axe.runPartial(target, options);
    // runPartial names the same frames, in the same order, by the short selectors its results use:
    // the last step of each is the frame's selector in this document.
    frames.forEach((frame, index) => {
      const spec = partial.frames[index];
      if (spec && spec.selector.length) frame.selector = spec.selector[spec.selector.length - 1];
    });
    return {partial: await fdAxePack(partial), frames: frames};
  };
  run().then(done, (error) => done({error: String(error)}));
}

// Frames that would load only once scrolled near (loading="lazy") still show their first, empty
// document: load them now, so their content is checked too. Resolves once they have loaded, or
// after `waitMs`.
function fdLoadLazyFrames(waitMs) {
  const waiting = Array.from(document.querySelectorAll('iframe[loading]')).filter((frame) => {
    if (frame.loading !== 'lazy' || !frame.src || frame.src === 'about:blank') return false;
    try {
      return frame.contentDocument !== null && frame.contentDocument.URL === 'about:blank';
    } catch (error) {
      return false;  // another origin's document: it has loaded
    }
  });
  return new Promise((resolve) => {
    let left = waiting.length;
    if (!left) {
      resolve();
      return;
    }
    const timer = setTimeout(resolve, waitMs);
    for (const frame of waiting) {
      frame.addEventListener('load', () => {
        left -= 1;
        if (left === 0) {
          clearTimeout(timer);
          resolve();
        }
      }, {once: true});
      frame.loading = 'eager';
    }
  });
}

// A promise of `value` as text for its trip through WebDriver: JSON, gzipped and in base64 after
// 'gzip:' (about a tenth of the size, so quicker to carry) where the browser can, else plain JSON.
function fdAxePack(value) {
  const json = JSON.stringify(value);
  const pack = async () => {
    const zipped = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
    const blob = await new Response(zipped).blob();
    const url = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
    return 'gzip:' + url.slice(url.indexOf(',') + 1);
  };
  return pack().catch(() => json);
}

// The value (or a promise of it) that fdAxePack made `text` of; null stays null.
function fdAxeUnpack(text) {
  if (text === null) return null;
  if (!text.startsWith('gzip:')) return JSON.parse(text);
  const bytes = Uint8Array.from(atob(text.slice(5)), (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).json();
}

// In a blank page: merge the partial results (as fdAxePack made them, null for a frame that was not
// checked) with axe.finishRun. Calls `done` with its results, or with {error}.
function fdAxeFinish(partials, options, done) {
  if (typeof window.axe === 'undefined') {
    done({error: 'axe-core is not in the page'});
    return;
  }
  const finish = async () => window.axe.finishRun(await Promise.all(partials.map(fdAxeUnpack)), options);
  finish().then(done, (error) => done({error: String(error)}));
}
