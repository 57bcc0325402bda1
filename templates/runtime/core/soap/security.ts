/**
 * WS-Security UsernameToken (OASIS UsernameToken Profile 1.0) as Boomi's pages show it:
 * PasswordText, `wsu:Id="UsernameToken"`, no Nonce or Created. PasswordDigest (SHA-1 of nonce + created + password, with
 * Nonce and Created) is there for services that want it. An API token is a user name
 * `BOOMI_TOKEN.<user>` with the token as password.
 */
import { createHash, randomBytes } from 'node:crypto';
import { checkXmlChars, escapeText } from '../xml/escape.js';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const WSU = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd';
const PROFILE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0';

export type PasswordType = 'PasswordText' | 'PasswordDigest';

export interface UsernameToken {
  username: string;
  password: string;
  passwordType?: PasswordType;
}

export function usernameTokenHeader(token: UsernameToken, now: () => Date = () => new Date(), nonce: () => Buffer = () => randomBytes(16)): string {
  checkXmlChars(token.username, 'username');
  checkXmlChars(token.password, 'password');
  const username = `<wsse:Username>${escapeText(token.username)}</wsse:Username>`;
  let secret: string;
  if (token.passwordType === 'PasswordDigest') {
    const n = nonce();
    const created = now().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const digest = createHash('sha1').update(Buffer.concat([n, Buffer.from(created + token.password, 'utf8')])).digest('base64');
    secret =
      `<wsse:Password Type="${PROFILE}#PasswordDigest">${digest}</wsse:Password>` +
      `<wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">${n.toString('base64')}</wsse:Nonce>` +
      `<wsu:Created>${created}</wsu:Created>`;
  } else {
    secret = `<wsse:Password Type="${PROFILE}#PasswordText">${escapeText(token.password)}</wsse:Password>`;
  }
  // The id every Boomi example gives the token; one token per message keeps it unique.
  return `<wsse:Security xmlns:wsse="${WSSE}" xmlns:wsu="${WSU}"><wsse:UsernameToken wsu:Id="UsernameToken">${username}${secret}</wsse:UsernameToken></wsse:Security>`;
}
