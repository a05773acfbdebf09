// A small stand-in for the detection engine: UPS 1Z numbers anywhere, 12-digit numbers only after the
// word "Tracking" (like the engine's keyword-supported matches), AWBs as ddd-dddddddd.
import type { DetectedNumber, NumberInfo } from '@/utils/page-scan';

export function stubFind(text: string): DetectedNumber[] {
  const out: DetectedNumber[] = [];
  for (const m of text.matchAll(/\b1Z(?: ?[0-9A-Z]){16}\b/g)) {
    out.push({ number: m[0].replace(/ /g, ''), start: m.index!, end: m.index! + m[0].length, kind: 'parcel', carriers: ['ups'], confidence: 'high' });
  }
  for (const m of text.matchAll(/tracking[^0-9]{0,30}?(\d{12})\b/gi)) {
    // Like the engine, the nearest keyword decides: "order" between them vetoes.
    if (/order/i.test(m[0])) continue;
    const start = m.index! + m[0].length - m[1]!.length;
    out.push({ number: m[1]!, start, end: start + 12, kind: 'parcel', carriers: ['4px', 'sto'], confidence: 'medium' });
  }
  for (const m of text.matchAll(/\b(\d{3})-(\d{8})\b/g)) {
    out.push({ number: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'awb', carriers: ['cargolux'], confidence: 'high' });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function stubFindInUrl(href: string): NumberInfo[] {
  const m = /[?&](?:tracknum|InquiryNumber1)=([0-9A-Z]+)/i.exec(href);
  return m ? [{ number: m[1]!, kind: 'parcel', carriers: ['ups'], confidence: 'high' }] : [];
}

export const nextTick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

export function marks(root: ParentNode = document): Element[] {
  return [...root.querySelectorAll('trackpin-mark')];
}

export function markedNumbers(root: ParentNode = document): string[] {
  return [...new Set(marks(root).map((m) => m.getAttribute('data-trackpin')!))];
}
