// A phone, as the mobile e2e test browses: a 360×740 viewport (the narrowest common Android width),
// touch, Chromium's mobile emulation (meta viewport honoured, mobile scrollbars) and the user agent
// of Chrome on Android, which is what makes Sina serve its sina.cn pages.
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  hasTouch: true,
  isMobile: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
} as const;

export type Device = typeof PHONE;
