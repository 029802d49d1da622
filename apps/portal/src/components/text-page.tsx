import type { TextPageContent } from '../i18n/text-page';
import { Icon } from './icon';
import { PageHeading } from './page-heading';

/** A public information page: heading, lead, the municipality's to-do line, then plain sections. */
export function TextPage({ content, testId }: { content: TextPageContent; testId: string }) {
  return (
    <article data-testid={testId}>
      <PageHeading title={content.title} />
      <p className="font-lead">{content.lead}</p>
      <div className="alert alert-warning alert--paragraph" data-testid="complete-notice">
        <Icon name="warning" className="alert-icon" />
        <div className="alert-body">
          <p className="alert-text">{content.completeNotice}</p>
        </div>
      </div>
      {content.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.items ? (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </article>
  );
}
