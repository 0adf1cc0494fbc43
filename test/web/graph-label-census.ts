// What a browser test counts of the graph's labels at one window size: names drawn and labelled,
// leader lines, and labels that overlap another label or cover another name's node.
import type { DemoSuite } from './browser.js';

export interface LabelCensus { nodes: number; labelled: number; leaders: number; lines: number; overlaps: string[]; covering: string[]; note: string }

/** Opens the graph at this window size and counts its labels. */
export async function labelCensus(web: DemoSuite, width: number, height: number): Promise<LabelCensus> {
  await web.page.setViewportSize({ width, height });
  await web.open('#/graph', '.graph-canvas[data-nodes]');
  return web.page.evaluate(async () => {
    // the leader lines are drawn with the next frame after the label pass
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    const canvas = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg: { cy: any } };
    const cy = canvas._cyreg.cy;
    const nodes = cy.nodes().toArray();
    const drawn = nodes.filter((n: any) => Number(n.style('text-opacity')) > 0);
    const label = (n: any) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const body = (n: any) => n.renderedBoundingBox({ includeLabels: false, includeEdges: false });
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const overlaps: string[] = [];
    const covering: string[] = [];
    drawn.forEach((a: any, i: number) => {
      for (const b of drawn.slice(i + 1)) if (hit(label(a), label(b))) overlaps.push(`${a.data('label')} / ${b.data('label')}`);
      for (const b of nodes) if (b !== a && hit(label(a), body(b))) covering.push(`${a.data('label')} over ${b.data('label')}`);
    });
    return {
      nodes: nodes.length,
      labelled: drawn.length,
      leaders: cy.nodes('.label-leader').length,
      lines: canvas.querySelectorAll('.graph-leaders line').length,
      overlaps,
      covering,
      note: document.querySelector('.graph-label-note')?.textContent ?? '',
    };
  });
}
