/**
 * A tooltip with the whole text only where the text is cut: the sidebar's names end in "…" when
 * they do not fit, and a title on every name would repeat what is already on screen.
 * `use:titleWhenCut={name}` on the element that gets the title; the cut one is `.name-base` (the
 * name before an import's "(2)"), `.name` or `.plan-name` inside it (or the element itself). Checked again whenever the element's size changes (a panel opened, an
 * Edit button coming into the row).
 */
export function titleWhenCut(node: HTMLElement, text: string): { update(text: string): void; destroy(): void } {
  let current = text;
  const check = () => {
    // One at a time: a selector list matches in document order, and `.name` holds `.name-base`.
    const cut =
      node.querySelector<HTMLElement>('.name-base') ?? node.querySelector<HTMLElement>('.name, .plan-name') ?? node;
    if (cut.scrollWidth > cut.clientWidth + 1) node.title = current;
    else node.removeAttribute('title');
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(check);
  observer?.observe(node);
  check();
  return {
    update(text: string) {
      current = text;
      check();
    },
    destroy() {
      observer?.disconnect();
    },
  };
}
