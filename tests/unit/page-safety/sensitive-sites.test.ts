// Which sites stay unmarked by default, and how the user's choices turn them on.
import { describe, expect, it } from 'vitest';
import { sensitiveKindOf, hasPasswordField } from '@/utils/page-safety/sensitive-sites';
import { contentSettingsFor, DEFAULT_SETTINGS } from '@/utils/settings/model';

describe('sensitiveKindOf', () => {
  it('knows banks, payment, password managers, health and government sign-in', () => {
    expect(sensitiveKindOf('www.paypal.com')).toBe('finance');
    expect(sensitiveKindOf('online.mbank.pl')).toBe('finance');
    expect(sensitiveKindOf('secure.mybank.example')).toBe('finance');
    expect(sensitiveKindOf('bank.example')).toBe('finance');
    expect(sensitiveKindOf('online-banking.example.de')).toBe('finance');
    expect(sensitiveKindOf('vault.bitwarden.com')).toBe('passwords');
    expect(sensitiveKindOf('my.1password.com')).toBe('passwords');
    expect(sensitiveKindOf('mychart.clinic.org')).toBe('health');
    expect(sensitiveKindOf('www.nhs.uk')).toBe('health');
    expect(sensitiveKindOf('secure.login.gov')).toBe('government');
    expect(sensitiveKindOf('esia.gosuslugi.ru')).toBe('government');
    expect(sensitiveKindOf('login.service.gov.uk')).toBe('government');
  });

  it('leaves shops, carriers and webmail alone', () => {
    for (const host of ['www.amazon.com', 'allegro.pl', 'www.ups.com', 'tools.usps.com', 'mail.google.com', 'www.ebay.it', 'www.ozon.ru', 'bankrate-shop.example', 'shop.example']) {
      expect(sensitiveKindOf(host), host).toBe(null);
    }
  });

  it('sees a password field', () => {
    document.body.innerHTML = '<form><input type="text"><input type="password"></form>';
    expect(hasPasswordField(document)).toBe(true);
    document.body.innerHTML = '<form><input type="text"></form>';
    expect(hasPasswordField(document)).toBe(false);
  });
});

describe('contentSettingsFor with sensitive sites', () => {
  it('is off on sensitive sites by default, on once the kind or the site is chosen', () => {
    const s = { ...DEFAULT_SETTINGS };
    expect(contentSettingsFor(s, 'www.paypal.com').enabled).toBe(false);
    expect(contentSettingsFor(s, 'shop.example')).toEqual({ enabled: true, offOnPasswordPages: true, uiLanguage: 'auto' });
    expect(contentSettingsFor({ ...s, sensitiveKindsOn: ['finance'] }, 'www.paypal.com').enabled).toBe(true);
    expect(contentSettingsFor({ ...s, sensitiveKindsOn: ['health'] }, 'www.paypal.com').enabled).toBe(false);
    expect(contentSettingsFor({ ...s, enabledSites: ['www.paypal.com'] }, 'www.paypal.com')).toEqual({ enabled: true, offOnPasswordPages: false, uiLanguage: 'auto' });
    expect(contentSettingsFor({ ...s, sensitiveKindsOn: ['password-field'] }, 'shop.example').offOnPasswordPages).toBe(false);
    // The opt-out list and the global switch still win.
    expect(contentSettingsFor({ ...s, enabledSites: ['a.example'], disabledSites: ['a.example'] }, 'a.example').enabled).toBe(false);
    expect(contentSettingsFor({ ...s, detectionEnabled: false, sensitiveKindsOn: ['finance'] }, 'www.paypal.com').enabled).toBe(false);
  });
});
