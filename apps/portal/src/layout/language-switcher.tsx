import { useI18n } from '../i18n/i18n-context';
import { languages } from '../i18n/catalogues';

/** DKFDS language switcher: each language is named in its own language and marked with lang. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switcher">
      <div className="container">
        <ul aria-label={t.language.switchLabel}>
          {languages.map((code) => (
            <li key={code}>
              <a
                href={`?lang=${code}`}
                lang={code}
                hrefLang={code}
                aria-current={code === language ? 'true' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setLanguage(code);
                }}
              >
                {t.language[code]}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
