import { render } from 'preact';
import { uiLang } from '../common/lang';
import { localized } from './i18n';
import { Options } from './Options';

document.title = localized('optionsTitle');
document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
render(<Options />, document.getElementById('app') as HTMLElement);
