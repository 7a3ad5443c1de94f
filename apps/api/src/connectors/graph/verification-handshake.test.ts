import { describe, expect, it } from 'vitest';
import { answerVerificationHandshake } from './verification-handshake.ts';

const TOKEN = 'meadowbank-verify-token';
const good = { 'hub.mode': 'subscribe', 'hub.verify_token': TOKEN, 'hub.challenge': '1158201444' };

describe('answerVerificationHandshake', () => {
  it('echoes the challenge when the mode and token are right', () => {
    expect(answerVerificationHandshake(good, TOKEN)).toEqual({ status: 200, body: '1158201444' });
  });

  it.each([
    ['a wrong token', { ...good, 'hub.verify_token': 'guess' }],
    ['a token that only starts the same', { ...good, 'hub.verify_token': `${TOKEN}x` }],
    ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }],
    ['another mode', { ...good, 'hub.mode': 'unsubscribe' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': TOKEN }],
    ['an empty challenge', { ...good, 'hub.challenge': '' }],
    ['a repeated token parameter', { ...good, 'hub.verify_token': [TOKEN, TOKEN] }],
    ['nothing at all', {}],
  ])('answers 403 for %s', (_label, query) => {
    expect(answerVerificationHandshake(query, TOKEN)).toEqual({ status: 403, body: 'Forbidden' });
  });

  it('answers 403 to everyone when no verify token is configured', () => {
    expect(answerVerificationHandshake({ ...good, 'hub.verify_token': '' }, '')).toEqual({
      status: 403,
      body: 'Forbidden',
    });
  });
});
