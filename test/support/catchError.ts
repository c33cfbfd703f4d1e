/** Runs a function that must throw, and returns what it threw; fails the test if it returns. */
export function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to throw');
}
