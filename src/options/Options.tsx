// The options page: every cleaning rule from the core's table (label, stable name, reason) on or off,
// and the panel settings. Each change is saved at once to storage.sync.
import { useEffect, useState } from 'preact/hooks';
import { uiLang } from '../common/lang';
import {
  CITE_EDITIONS,
  type CiteEdition,
  COPY_FORMATS,
  type CopyFormat,
  PANEL_SIDES,
  type PanelSide,
} from '../common/model';
import { RULE_WORDS } from '../common/rule-words';
import { loadSettings, ruleOn, type Settings, saveSettings } from '../common/settings';
import { localized } from './i18n';
import { Shortcuts } from './Shortcuts';
import { UserRules } from './UserRules';

const SIDE_LABELS: Record<PanelSide, string> = { right: 'optionsSideRight', left: 'optionsSideLeft' };

const COPY_LABELS: Record<CopyFormat, string> = {
  text: 'optionsCopyText',
  markdown: 'optionsCopyMarkdown',
  summary: 'optionsCopySummary',
  citation: 'optionsCopyCitation',
  csl: 'optionsCopyCsl',
  ris: 'optionsCopyRis',
  bibtex: 'optionsCopyBibtex',
};

const EDITION_LABELS: Record<CiteEdition, string> = {
  '2015': 'optionsEdition2015',
  '2025': 'optionsEdition2025',
};

/** One setting picked from a closed list (its `as const` list), each choice worded by its message key. */
function Choice<T extends string>({
  id,
  label,
  value,
  choices,
  labels,
  onChange,
}: {
  id: string;
  label: string;
  value: T;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}) {
  return (
    <div class="row">
      <label for={id}>{localized(label)}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {choices.map((choice) => (
          <option value={choice} key={choice}>
            {localized(labels[choice])}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    loadSettings().then(setSettings, () => {});
  }, []);
  if (!settings) return null;

  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    saveSettings(patch).then(
      () => setSaved(true),
      () => setSaved(false),
    );
  };
  const sites = Object.keys(settings.showOriginal);
  const zh = uiLang() === 'zh';

  return (
    <>
      <h1>{localized('optionsTitle')}</h1>
      <h2 id="rules">{localized('optionsRules')}</h2>
      <p class="hint">{localized('optionsRulesHint')}</p>
      <fieldset aria-labelledby="rules">
        {RULE_WORDS.map((rule) => (
          <label class="rule" key={rule.name}>
            <input
              type="checkbox"
              checked={ruleOn(settings, rule)}
              onChange={(event) =>
                change({ rules: { ...settings.rules, [rule.name]: event.currentTarget.checked } })
              }
            />
            <span>
              {rule.label}
              <code>{rule.name}</code>
            </span>
            <small>{zh ? rule.reasonZh : rule.reason}</small>
          </label>
        ))}
      </fieldset>
      <UserRules rules={settings.userRules} onChange={(userRules) => change({ userRules })} />

      <h2>{localized('optionsPanel')}</h2>
      <div class="row">
        <label>
          <input
            type="checkbox"
            checked={settings.autoOpen}
            onChange={(event) => change({ autoOpen: event.currentTarget.checked })}
          />{' '}
          {localized('optionsAutoOpen')}
        </label>
      </div>
      <Choice
        id="copy"
        label="optionsDefaultCopy"
        value={settings.defaultCopy}
        choices={COPY_FORMATS}
        labels={COPY_LABELS}
        onChange={(defaultCopy) => change({ defaultCopy })}
      />
      <Choice
        id="edition"
        label="optionsCiteEdition"
        value={settings.citeEdition}
        choices={CITE_EDITIONS}
        labels={EDITION_LABELS}
        onChange={(citeEdition) => change({ citeEdition })}
      />
      <Choice
        id="side"
        label="optionsPanelSide"
        value={settings.panelSide}
        choices={PANEL_SIDES}
        labels={SIDE_LABELS}
        onChange={(panelSide) => change({ panelSide })}
      />
      <div class="row">
        <span>
          {localized('optionsSites')}: {sites.length ? sites.join('、') : localized('optionsSitesNone')}
        </span>
        {sites.length ? (
          <button type="button" onClick={() => change({ showOriginal: {} })}>
            {localized('optionsForget')}
          </button>
        ) : null}
      </div>
      <Shortcuts />
      <p class="saved" role="status">
        {saved ? localized('optionsSaved') : ''}
      </p>
    </>
  );
}
