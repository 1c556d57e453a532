// One section of the PDF pack: it picks what it shows from the evidence, says how many contents
// lines it will add (so the contents pages can be reserved up front), and renders. A render may be a
// generator: the driver yields to the event loop and checks for cancellation at every step.
import type { EvidenceData } from '../../evidence-data';
import type { Layout, PdfWriter } from '../writer';

export interface PdfSection<D> {
  id: string;
  title: string;
  /** The orientation of the section's first page. */
  layout?: Layout;
  load(e: EvidenceData): D;
  /** Contents lines the render will mark. */
  entries(d: D): number;
  render(w: PdfWriter, d: D, e: EvidenceData): void | Iterable<void>;
}

/** A section with its data already read: what the driver runs. */
export interface PreparedSection {
  id: string;
  title: string;
  layout: Layout;
  entries: number;
  render(w: PdfWriter): void | Iterable<void>;
}

export interface SectionEntry {
  id: string;
  title: string;
  forEvidence(e: EvidenceData): PreparedSection;
}

/** Erases the section's data type so sections of different data sit in one list. */
export function defineSection<D>(s: PdfSection<D>): SectionEntry {
  return {
    id: s.id,
    title: s.title,
    forEvidence(e) {
      const d = s.load(e);
      return {
        id: s.id,
        title: s.title,
        layout: s.layout ?? 'portrait',
        entries: s.entries(d),
        render: (w) => s.render(w, d, e),
      };
    },
  };
}
