type TestFn = (title: string, fn: jest.ProvidesCallback, timeout?: number) => void;

/**
 * `it` when `whyNot` is undefined; otherwise the test is skipped and says why, in its title and
 * on standard error (Jest has no skip reason of its own). A test that returns early instead
 * passes having checked nothing (issue 12).
 */
export function itUnless(whyNot: string | undefined): TestFn {
  if (whyNot === undefined) return it;
  return (title, fn, timeout) => {
    process.stderr.write(`SKIPPED "${title}": ${whyNot}\n`);
    // eslint-disable-next-line jest/expect-expect -- the caller's test, skipped: its assertions are in fn.
    it.skip(`${title} (skipped: ${whyNot})`, fn, timeout);
  };
}
