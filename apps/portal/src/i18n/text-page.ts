/** A long-form page (privacy, terms, accessibility) kept in the catalogue like every other text a user reads. */
export interface TextSection {
  heading: string;
  paragraphs: readonly string[];
  /** Rendered as a bullet list after the paragraphs. */
  items?: readonly string[];
}

export interface TextPageContent {
  title: string;
  lead: string;
  /** The one line the municipality must act on before go-live; shown as a DKFDS warning. */
  completeNotice: string;
  sections: readonly TextSection[];
}

/** Types a page's content without widening or casting, so a missing field fails the type-check. */
export function textPage(content: TextPageContent): TextPageContent {
  return content;
}
