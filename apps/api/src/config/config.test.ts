import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded database under ./data and port 3000', () => {
    const config = loadConfig({}, '/srv/schoolgate');
    expect(config.PORT).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/srv/schoolgate/data/pglite' });
  });

  it('switches to a PostgreSQL server when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/sg' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@db/sg',
    });
  });

  it('lists every bad value at once, naming each variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'LOG_LEVEL']) expect(problems).toContain(key);
    }
  });

  it('trusts a named number of proxies, never any X-Forwarded-For at all', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8' }).TRUST_PROXY).toBe('10.0.0.0/8');
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('polls X every two minutes and waits 10 s for a platform unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ X_POLL_SECONDS: 120, CONNECTOR_TIMEOUT_MS: 10_000 });
    expect(loadConfig({ X_POLL_SECONDS: '300', CONNECTOR_TIMEOUT_MS: '4000' })).toMatchObject({
      X_POLL_SECONDS: 300,
      CONNECTOR_TIMEOUT_MS: 4000,
    });
  });

  it.each([
    ['X_POLL_SECONDS', '30'],
    ['X_POLL_SECONDS', '90'],
    ['X_POLL_SECONDS', '420'],
    ['X_POLL_SECONDS', '7200'],
    ['CONNECTOR_TIMEOUT_MS', '50'],
    ['CONNECTOR_TIMEOUT_MS', 'soon'],
  ])('refuses %s=%s, naming it', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`${key}: `));
  });

  it('ends idle sessions after 30 minutes unless told otherwise, and refuses a nonsense idle time', () => {
    expect(loadConfig({}).SESSION_IDLE_MINUTES).toBe(30);
    expect(loadConfig({ SESSION_IDLE_MINUTES: '90' }).SESSION_IDLE_MINUTES).toBe(90);
    for (const bad of ['0', 'soon', '100000']) {
      expect(() => loadConfig({ SESSION_IDLE_MINUTES: bad })).toThrow(/SESSION_IDLE_MINUTES/);
    }
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).database.kind).toBe('pglite');
  });

  it('takes the Meta app id with its secret, and the X client id, refusing either in the wrong shape', () => {
    const config = loadConfig({
      META_APP_ID: '100000000000001',
      META_APP_SECRET: 'a-secret-of-meta',
      X_CLIENT_ID: 'abc123DEF_x',
    });
    expect(config.META_APP_ID).toBe('100000000000001');
    expect(config.META_OAUTH_DIALOG_URL).toBe('https://www.facebook.com/v21.0/dialog/oauth');
    expect(config.X_AUTHORIZE_URL).toBe('https://x.com/i/oauth2/authorize');
    expect(() => loadConfig({ META_APP_ID: 'my-app', META_APP_SECRET: 'a-secret-of-meta' })).toThrow(
      /META_APP_ID: must be the Meta app id: digits only/,
    );
    expect(() => loadConfig({ META_APP_ID: '100000000000001' })).toThrow(
      /META_APP_SECRET: must be set when META_APP_ID is/,
    );
    expect(() => loadConfig({ X_CLIENT_SECRET: 'a-client-secret' })).toThrow(/X_CLIENT_ID: must be set/);
  });

  it('keeps files in the database unless told otherwise, and wants a bucket and keys for object storage', () => {
    expect(loadConfig({}).FILE_STORE).toBe('database');
    expect(() => loadConfig({ FILE_STORE: 's3' })).toThrow(/S3_BUCKET: is required/);
    expect(() => loadConfig({ FILE_STORE: 'disk' })).toThrow(/FILE_STORE/);
    const s3 = loadConfig({
      FILE_STORE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'school-files',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    });
    expect(s3).toMatchObject({ FILE_STORE: 's3', S3_REGION: 'eu-west-2', S3_FORCE_PATH_STYLE: true });
  });
});
