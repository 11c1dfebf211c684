// The content script's session on broken pages: no body at all, an article that arrives after the
// body was first looked for, an article container that the page's script replaces, and text the
// page adds to the body later. The panel's model follows each.
import { describe, expect, it } from 'vitest';
import { copyText } from '../../src/common/copy-text';
import type { PanelModel } from '../../src/common/model';
import { Session } from '../../src/content/session';
import { analyse } from '../../src/core/analyse';
import { BODY_RULES } from '../../src/core/rules';
import { testLifetime } from '../helpers/after-test';
import { DEMO_HTML, DEMO_URL } from '../helpers/fixtures';
import { fakeSheet } from '../helpers/sheet';

/** The text a copy of the page gives now, made from the session's analysis (the model carries no text). */
const copied = (session: Session): string =>
  session.analysis ? copyText(session.analysis, 'text', '2015') : '';

function sessionOn(doc: Document, onArticle?: () => void) {
  const models: PanelModel[] = [];
  const { page, state } = fakeSheet();
  const lifetime = testLifetime();
  const session = new Session({
    signal: lifetime.signal,
    doc,
    url: DEMO_URL,
    rules: BODY_RULES,
    sheet: page,
    onChange: (model) => models.push(model),
    ...(onArticle ? { onArticle } : {}),
  });
  return { session, models, sheet: state, lifetime };
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
    session.cleaning.follow();
    expect(session.isArticle).toBe(false);
  });

  it('cleans the article once the page inserts it, and hides boilerplate again', () => {
    const doc = parse(DEMO_HTML.replace(ARTICLE, '<div class="article" id="artibody"></div>'));
    const { session, models, sheet } = sessionOn(doc);
    expect(session.start(false)).toBe(false);
    const container = doc.getElementById('artibody');
    container?.replaceWith(parse(articleHtml()).getElementById('artibody') as Element);
    session.cleaning.follow();
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
    await session.withAnalysis(async () => analyse);
    expect(models.at(-1)?.status).toBe('ready');
    expect(copied(session)).toContain('坚持节约优先');
    const changes = models.length;
    session.cleaning.follow();
    expect(models).toHaveLength(changes);

    const replacement = parse(
      articleHtml().replace('坚持节约优先，压实各方责任', '替换后的新正文，由页面脚本写入'),
    ).getElementById('artibody') as Element;
    doc.getElementById('artibody')?.replaceWith(replacement);
    session.cleaning.follow();
    expect(session.body).toBe(replacement);
    expect(replacement.querySelector('.appendQr_wrap, p.article-editor')).toBeNull();
    expect(models.at(-1)).toMatchObject({ status: 'loading', result: null });
    const model = await session.withAnalysis(async () => analyse);
    expect(model.status).toBe('ready');
    expect(copied(session)).toContain('替换后的新正文');
    expect(copied(session)).not.toContain('坚持节约优先');
  });

  it('keeps showing the original where the user chose it', () => {
    const doc = parse(DEMO_HTML);
    const { session, sheet } = sessionOn(doc);
    session.start(true);
    const replacement = parse(articleHtml()).getElementById('artibody') as Element;
    doc.getElementById('artibody')?.replaceWith(replacement);
    session.cleaning.follow();
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
    await session.withAnalysis(async () => analyse);
    const late = doc.createElement('p');
    late.textContent = '　　页面稍后加载的一段正文，讲述了后续进展。';
    doc.getElementById('artibody')?.append(late);
    await expect.poll(() => session.model.status).toBe('loading');
    const model = await session.withAnalysis(async () => analyse);
    expect(model.status).toBe('ready');
    expect(copied(session)).toContain('页面稍后加载的一段正文');
  });
});

describe('the one watcher', () => {
  it('follows an article that the page puts in place of ours, by itself, and says so', async () => {
    const doc = parse(DEMO_HTML);
    let arrived = 0;
    const { session } = sessionOn(doc, () => arrived++);
    session.start(false);
    const replacement = parse(articleHtml()).getElementById('artibody') as Element;
    doc.getElementById('artibody')?.replaceWith(replacement);
    await expect.poll(() => session.body).toBe(replacement);
    expect(arrived).toBe(1);
    expect(replacement.querySelector('.appendQr_wrap, p.article-editor')).toBeNull();
  });

  it('reacts to nothing once the lifetime has ended', async () => {
    const doc = parse(DEMO_HTML);
    const { session, lifetime } = sessionOn(doc);
    session.start(false);
    lifetime.abort();
    const late = doc.createElement('p');
    late.className = 'article-editor';
    late.textContent = '责任编辑：迟到的编辑';
    doc.getElementById('artibody')?.append(late);
    const replacement = parse(articleHtml()).getElementById('artibody') as Element;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(late.isConnected).toBe(true);
    doc.getElementById('artibody')?.replaceWith(replacement);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.body).not.toBe(replacement);
  });
});
