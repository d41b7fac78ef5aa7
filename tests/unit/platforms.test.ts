import { describe, expect, test } from 'vitest';
import { platformForHost } from '@/lib/platforms';

describe('platformForHost', () => {
  test.each([
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['business.facebook.com', 'facebook'],
    ['WWW.FACEBOOK.COM', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['facebook.com.evil.example', null],
    ['notfacebook.com', null],
    ['instagram.com.example', null],
    ['example.org', null],
  ])('%s → %s', (host, platform) => {
    expect(platformForHost(host)).toBe(platform);
  });
});
