import { render } from 'preact';
import { t } from './i18n';
import { Options } from './Options';

document.title = t('optionsTitle');
document.documentElement.lang = navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
render(<Options />, document.getElementById('app') as HTMLElement);
