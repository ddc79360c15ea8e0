// Ours: run axe-core (fetched at set-up into a11y_tests/vendor/, injected before this) in one frame,
// or merge the results of every frame. Needs no helpers.

// In the current frame: name its child frames, then run axe.runPartial on `context` (null for the
// whole page; the context axe gave for this frame otherwise). Calls `done` with {partial (JSON text),
// frames: [{selector, context, element}]}, with {unloaded: url} when the frame shows the browser's
// own error page instead of its content, or with {error} when axe cannot run.
function fdAxePartial(context, options, done) {
  if (location.protocol === 'chrome-error:') {
    done({unloaded: document.URL});
    return;
  }
  if (typeof window.axe === 'undefined') {
    done({error: 'axe-core is not in the page'});
    return;
  }
  const target = context || document;
  let frames;
  try {
    // Before runPartial, which clears the tree that getFrameContexts reads.
    frames = window.axe.utils.getFrameContexts(target, options).map((found) => ({
      selector: found.frameSelector,
      context: found.frameContext,
      element: window.axe.utils.shadowSelect(found.frameSelector),
    }));
  } catch (error) {
    done({error: String(error)});
    return;
  }
  window.axe.runPartial(target, options).then((partial) => {
    // runPartial names the same frames, in the same order, by the short selectors its results use:
    // the last step of each is the frame's selector in this document.
    frames.forEach((frame, index) => {
      const spec = partial.frames[index];
      if (spec && spec.selector.length) frame.selector = spec.selector[spec.selector.length - 1];
    });
    done({partial: JSON.stringify(partial), frames: frames});
  }, (error) => done({error: String(error)}));
}

// In a blank page: merge the partial results (JSON texts, null for a frame that was not checked) with
// axe.finishRun. Calls `done` with its results, or with {error}.
function fdAxeFinish(partials, options, done) {
  if (typeof window.axe === 'undefined') {
    done({error: 'axe-core is not in the page'});
    return;
  }
  const parsed = partials.map((text) => (text === null ? null : JSON.parse(text)));
  window.axe.finishRun(parsed, options).then(done, (error) => done({error: String(error)}));
}
