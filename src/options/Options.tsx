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
      <div class="row">
        <label for="copy">{localized('optionsDefaultCopy')}</label>
        <select
          id="copy"
          value={settings.defaultCopy}
          onChange={(event) => change({ defaultCopy: event.currentTarget.value as CopyFormat })}
        >
          {COPY_FORMATS.map((format) => (
            <option value={format} key={format}>
              {localized(COPY_LABELS[format])}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <label for="edition">{localized('optionsCiteEdition')}</label>
        <select
          id="edition"
          value={settings.citeEdition}
          onChange={(event) => change({ citeEdition: event.currentTarget.value as CiteEdition })}
        >
          {CITE_EDITIONS.map((edition) => (
            <option value={edition} key={edition}>
              {localized(EDITION_LABELS[edition])}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <label for="side">{localized('optionsPanelSide')}</label>
        <select
          id="side"
          value={settings.panelSide}
          onChange={(event) => change({ panelSide: event.currentTarget.value as PanelSide })}
        >
          {PANEL_SIDES.map((side) => (
            <option value={side} key={side}>
              {localized(SIDE_LABELS[side])}
            </option>
          ))}
        </select>
      </div>
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
      <p class="saved" role="status">
        {saved ? localized('optionsSaved') : ''}
      </p>
    </>
  );
}
