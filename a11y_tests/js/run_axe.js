// Ours: run axe-core (fetched at set-up into a11y_tests/vendor/, injected before this) on the
// whole document. Needs no helpers.

// Call `done` with axe.run's results for `options`, or with {error} if axe cannot run.
function fdAxeRun(options, done) {
  if (typeof window.axe === 'undefined') {
    done({error: 'axe-core is not in the page'});
    return;
  }
  window.axe.run(document, options).then(done, (error) => done({error: String(error)}));
}
