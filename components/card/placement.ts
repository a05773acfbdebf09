// Where the card goes: below the mark if it fits, else above, else wherever shows most of it; always
// inside the viewport with a margin.
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 8,
): { left: number; top: number } {
  const below = anchor.top + anchor.height + 6;
  const above = anchor.top - 6 - card.height;
  let top: number;
  if (below + card.height <= viewport.height - margin) top = below;
  else if (above >= margin) top = above;
  else top = Math.max(margin, viewport.height - margin - card.height);
  const maxLeft = Math.max(margin, viewport.width - margin - card.width);
  const left = Math.min(Math.max(margin, anchor.left), maxLeft);
  return { left: Math.round(left), top: Math.round(Math.max(margin, top)) };
}
