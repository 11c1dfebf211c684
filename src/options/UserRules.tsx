// The options page's list of the reader's own rules (隐藏此块), site by site, beside the built-in
// rules: each switched on or off, or deleted; all of them exported as JSON (a download, or the
// clipboard) and imported from JSON, checked whole before anything is saved.
import { useState } from 'preact/hooks';
import { exportRules, type ImportError, importRules } from '../common/user-rules';
import { validSelector } from '../core/pick/user-matchers';
import type { UserRule } from '../core/types';
import { localized } from './i18n';

const EXPORT_NAME = 'sina-clean-user-rules.json';

function importMessage(error: ImportError): string {
  if (error.reason === 'json') return localized('optionsImportJson');
  if (error.reason === 'format') return localized('optionsImportFormat');
  const key = error.reason === 'site' ? 'optionsImportSite' : 'optionsImportSelector';
  return localized(key, [String(error.entry + 1)]);
}

export function UserRules({ rules, onChange }: { rules: UserRule[]; onChange: (rules: UserRule[]) => void }) {
  const [text, setText] = useState('');
  const [said, setSaid] = useState<{ ok: boolean; message: string } | null>(null);
  const sites = [...new Set(rules.map((rule) => rule.site))].sort();
  const same = (a: UserRule, b: UserRule) => a.site === b.site && a.selector === b.selector;

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportRules(rules)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = EXPORT_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const copy = () =>
    navigator.clipboard.writeText(exportRules(rules)).then(
      () => setSaid({ ok: true, message: localized('optionsCopiedJson') }),
      () => setSaid({ ok: false, message: localized('optionsCopyJsonFailed') }),
    );
  const load = () => {
    const read = importRules(text, rules, (selector) => validSelector(document, selector));
    if (!read.ok) return setSaid({ ok: false, message: importMessage(read.error) });
    onChange(read.rules);
    setText('');
    setSaid({
      ok: true,
      message: localized('optionsImported', [String(read.added), String(read.duplicates)]),
    });
  };
  const readFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file)
      file.text().then(setText, () => setSaid({ ok: false, message: localized('optionsImportJson') }));
  };

  return (
    <section aria-labelledby="user-rules">
      <h2 id="user-rules">{localized('optionsUserRules')}</h2>
      <p class="hint">{localized('optionsUserRulesHint')}</p>
      {sites.length === 0 ? <p class="hint">{localized('optionsUserRulesNone')}</p> : null}
      {sites.map((site) => (
        <fieldset key={site} class="user-site">
          <legend>{site}</legend>
          {rules
            .filter((rule) => rule.site === site)
            .map((rule) => (
              <div class="rule user-rule" key={rule.selector}>
                <input
                  type="checkbox"
                  aria-label={`${site} ${rule.selector}`}
                  checked={rule.on}
                  onChange={(event) =>
                    onChange(
                      rules.map((each) =>
                        same(each, rule) ? { ...each, on: event.currentTarget.checked } : each,
                      ),
                    )
                  }
                />
                <span>
                  <code>{rule.selector}</code>{' '}
                  <button
                    type="button"
                    aria-label={`${localized('optionsDelete')} ${rule.selector}`}
                    onClick={() => onChange(rules.filter((each) => !same(each, rule)))}
                  >
                    {localized('optionsDelete')}
                  </button>
                </span>
              </div>
            ))}
        </fieldset>
      ))}
      <div class="row">
        <button type="button" onClick={download} disabled={rules.length === 0}>
          {localized('optionsExport')}
        </button>
        <button type="button" onClick={copy} disabled={rules.length === 0}>
          {localized('optionsCopyJson')}
        </button>
      </div>
      <label class="import" for="import-json">
        {localized('optionsImportLabel')}
      </label>
      <textarea
        id="import-json"
        rows={4}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="row">
        <input
          type="file"
          accept="application/json,.json"
          aria-label={localized('optionsImportFile')}
          onChange={(event) => readFile(event.currentTarget)}
        />
        <button type="button" onClick={load} disabled={!text.trim()}>
          {localized('optionsImport')}
        </button>
      </div>
      <p class={`user-rules-said ${said?.ok === false ? 'import-error' : 'saved'}`} role="status">
        {said?.message ?? ''}
      </p>
    </section>
  );
}
