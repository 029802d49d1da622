import type { MatchEvaluationFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../icon';
import { formatPoints } from './format';

/**
 * One horizontal bar per factor, its width the factor's points out of 100, so the bars side by side add up to
 * the score. Every bar carries its points and the Danish sentence as text: nothing depends on colour.
 */
export function FactorBars({ evaluation }: { evaluation: MatchEvaluationFieldsFragment }) {
  const { t } = useI18n();
  const texts = t.matching.ranking;
  return (
    <div className="match-evaluation">
      <p className="match-score" data-testid="match-score">
        <strong>{texts.score(formatPoints(evaluation.score))}</strong>
      </p>
      <div className="match-stack" aria-hidden="true">
        {evaluation.factors
          .filter((factor) => factor.points > 0)
          .map((factor, index) => (
            <span
              key={factor.key}
              className={`match-stack-part match-colour-${index % 7}`}
              style={{ width: `${Math.min(100, factor.points)}%` }}
            />
          ))}
      </div>
      <ul className="match-factors nobullet-list" aria-label={texts.factorsCaption} data-testid="factor-bars">
        {evaluation.factors.map((factor, index) => (
          <li key={factor.key} className="match-factor" data-testid={`factor-${factor.key}`}>
            <span className="match-factor-label">
              <strong>{factor.label}</strong>: {texts.points(formatPoints(factor.points))}
            </span>
            <span className="match-bar-track" aria-hidden="true">
              <span
                className={`match-bar match-colour-${index % 7}`}
                style={{ width: `${Math.min(100, factor.points)}%` }}
              />
            </span>
            <span className="match-factor-text">{factor.explanation}</span>
          </li>
        ))}
      </ul>
      {evaluation.conflicts.length > 0 ? (
        <div className="alert alert-warning" data-testid="match-conflicts">
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{texts.conflicts}</p>
            <ul className="alert-text">
              {evaluation.conflicts.map((conflict) => (
                <li key={conflict.field}>{conflict.explanation}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
}
