import { Fragment } from 'react';
import { parseAnswer } from './faq-markdown';

/** An answer's paragraphs with clickable links; plain React text, so stored HTML is shown, never run. */
export function AnswerText({ answer, testId }: { answer: string; testId?: string }) {
  return (
    <div className="faq-answer-text" data-testid={testId}>
      {parseAnswer(answer).map((paragraph, p) => (
        <p key={p}>
          {paragraph.map((line, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {line.map((part, i) =>
                part.kind === 'link' ? (
                  <a key={i} href={part.href}>
                    {part.text}
                  </a>
                ) : (
                  <Fragment key={i}>{part.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
