// The content script's session on broken pages: no body at all, an article that arrives after the
// body was first looked for, an article container that the page's script replaces, and text the
// page adds to the body later. The panel's model follows each.
import { afterEach, describe, expect, it } from 'vitest';
import type { PanelModel } from '../../src/common/model';
import { analyse } from '../../src/content/analyse';
import { Session } from '../../src/content/session';
import type { PageSheet } from '../../src/content/stylesheet';
import { BODY_RULES } from '../../src/core/rules';
import { DEMO_HTML, DEMO_URL } from './panel-helpers';

const sessions: Session[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.stop();
});

function sheet() {
  const state = { attached: false };
  const page: PageSheet = {
    set() {},
    attach: () => {
      state.attached = true;
    },
    detach: () => {
      state.attached = false;
    },
  };
  return { page, state };
}

function sessionOn(doc: Document) {
  const models: PanelModel[] = [];
  const { page, state } = sheet();
  const session = new Session({
    doc,
    url: DEMO_URL,
    rules: BODY_RULES,
    sheet: page,
    onChange: (model) => models.push(model),
  });
  sessions.push(session);
  return { session, models, sheet: state };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ARTICLE = /<div class="article" id="artibody">[\s\S]*?<p class="article-editor">[^<]*<\/p>\s*<\/div>/;
const articleHtml = () => {
  const found = ARTICLE.exec(DEMO_HTML)?.[0];
  if (!found) throw new Error('the demo page has no #artibody');
  return found;
};

describe('a page without its article at first', () => {
  it('has no body element at all: not an article, nothing hidden, nothing thrown', () => {
    const doc = parse(DEMO_HTML);
    doc.body.remove();
    const { session, models, sheet } = sessionOn(doc);
    expect(session.start(false)).toBe(false);
    expect(models.at(-1)?.status).toBe('not-article');
    expect(sheet.attached).toBe(false);
    session.follow();
    expect(session.isArticle).toBe(false);
  });

  it('cleans the article once the page inserts it, and hides boilerplate again', () => {
    const doc = parse(DEMO_HTML.replace(ARTICLE, '<div class="article" id="artibody"></div>'));
    const { session, models, sheet } = sessionOn(doc);
    expect(session.start(false)).toBe(false);
    const container = doc.getElementById('artibody');
    container?.replaceWith(parse(articleHtml()).getElementById('artibody') as Element);
    session.follow();
    expect(session.isArticle).toBe(true);
    expect(sheet.attached).toBe(true);
    expect(models.at(-1)).toMatchObject({ status: 'loading', cleaned: true });
    expect(doc.querySelector('.appendQr_wrap, p.article-editor')).toBeNull();
  });
});

describe('a page whose script replaces the article', () => {
  it('cleans and analyses the new container; the model shows the new text', async () => {
    const doc = parse(DEMO_HTML);
    const { session, models } = sessionOn(doc);
    expect(session.start(false)).toBe(true);
    await session.analyse(async () => analyse);
    expect(models.at(-1)?.result?.text).toContain('坚持节约优先');
    const changes = models.length;
    session.follow();
    expect(models).toHaveLength(changes);

    const replacement = parse(
      articleHtml().replace('坚持节约优先，压实各方责任', '替换后的新正文，由页面脚本写入'),
    ).getElementById('artibody') as Element;
    doc.getElementById('artibody')?.replaceWith(replacement);
    session.follow();
    expect(session.body).toBe(replacement);
    expect(replacement.querySelector('.appendQr_wrap, p.article-editor')).toBeNull();
    expect(models.at(-1)).toMatchObject({ status: 'loading', result: null });
    const model = await session.analyse(async () => analyse);
    expect(model.result?.text).toContain('替换后的新正文');
    expect(model.result?.text).not.toContain('坚持节约优先');
  });

  it('keeps showing the original where the user chose it', () => {
    const doc = parse(DEMO_HTML);
    const { session, sheet } = sessionOn(doc);
    session.start(true);
    const replacement = parse(articleHtml()).getElementById('artibody') as Element;
    doc.getElementById('artibody')?.replaceWith(replacement);
    session.follow();
    expect(session.body).toBe(replacement);
    expect(session.model.cleaned).toBe(false);
    expect(sheet.attached).toBe(false);
    expect(replacement.querySelector('.appendQr_wrap')).not.toBeNull();
  });
});

describe('text the page adds to the body later', () => {
  it('is analysed again, even when none of it is boilerplate', async () => {
    const doc = parse(DEMO_HTML);
    const { session } = sessionOn(doc);
    session.start(false);
    await session.analyse(async () => analyse);
    const late = doc.createElement('p');
    late.textContent = '　　页面稍后加载的一段正文，讲述了后续进展。';
    doc.getElementById('artibody')?.append(late);
    await expect.poll(() => session.model.status).toBe('loading');
    const model = await session.analyse(async () => analyse);
    expect(model.result?.text).toContain('页面稍后加载的一段正文');
  });
});
