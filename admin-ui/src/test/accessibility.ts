import axe from "axe-core";

/**
 * Fails on axe violations of serious or critical impact in `root` (default: the whole document, so open
 * modals count). Colour contrast needs layout, which jsdom lacks; the browser tests check it.
 */
export async function expectNoSeriousViolations(root: Element = document.body) {
  // jsdom has no canvas; axe then skips its icon-ligature heuristic instead of logging "not implemented".
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  const results = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}
