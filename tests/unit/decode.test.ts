import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decode, detectCharset, looksBinary } from '../../src/cli/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const BODY = '<p>国务院关于“十四五”对外贸易高质量发展规划的批复</p>';

describe('decode', () => {
  it('reads UTF-8 pages', () => {
    const bytes = utf8(`<meta charset="utf-8">${BODY}`);
    expect(detectCharset(bytes)).toBe('utf-8');
    expect(decode(bytes)).toContain('高质量发展规划');
  });

  it('reads GBK and GB2312 pages by their declaration', () => {
    const bytes = gbk(`<meta http-equiv="content-type" content="text/html; charset=gb2312">${BODY}`);
    expect(declaredCharset(bytes)).toBe('gb2312');
    expect(detectCharset(bytes)).toBe('gb18030');
    expect(decode(bytes)).toContain('国务院关于“十四五”对外贸易');
  });

  it('reads GBK bytes under a wrong utf-8 declaration', () => {
    const bytes = gbk(`<meta charset="utf-8"/>${BODY}`);
    expect(decode(bytes)).toContain('对外贸易高质量发展规划');
  });

  it('reads UTF-8 bytes under a wrong gb2312 declaration', () => {
    const bytes = utf8(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />${BODY}`);
    expect(detectCharset(bytes)).toBe('utf-8');
    expect(decode(bytes)).toContain('对外贸易高质量发展规划');
  });

  it('reads the Sogou corpus wrapper declaration', () => {
    expect(declaredCharset(utf8('<text id="http://x" encoding="gb2312">\n<html>'))).toBe('gb2312');
  });

  it('honours a byte-order mark', () => {
    expect(detectCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
    expect(detectCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('utf-16le');
  });
});

describe('looksBinary', () => {
  it('tells binary files from text', () => {
    expect(looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(
      true,
    );
    expect(looksBinary(utf8(BODY))).toBe(false);
    expect(looksBinary(gbk(BODY))).toBe(false);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});
