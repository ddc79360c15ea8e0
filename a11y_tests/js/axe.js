// Run axe-core, already injected into the page, on the whole document. Needs no helpers.

// Call `done` with axe.run's results for `options`, or with {error} if axe cannot run.
function fdAxeRun(options, done) {
  if (typeof window.axe === 'undefined') {
    done({error: 'axe-core is not in the page'});
    return;
  }
  window.axe.run(document, options).then(done, (error) => done({error: String(error)}));
}
