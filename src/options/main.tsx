import { render } from 'preact';
import { uiLang } from '../common/lang';
import { t } from './i18n';
import { Options } from './Options';

document.title = t('optionsTitle');
document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
render(<Options />, document.getElementById('app') as HTMLElement);
