/**
 * Credentials as Boomi checks them: HTTP Basic on ?wsdl and ?xsd=N, a WS-Security UsernameToken
 * with a clear-text password (PasswordText) on every SOAP call. A user name and password, or an
 * API token sent as `BOOMI_TOKEN.<user>` with the token as password; each user may act only
 * for the accounts it belongs to (the account in the URL).
 */
import type { Element } from '@xmldom/xmldom';
import { PASSWORD_TEXT, WSSE } from './namespaces.ts';
import { elementChildren } from './xml/envelope.ts';

export interface UserConfig {
  password: string;
  /** The accounts whose URL the user may call; all primary accounts when absent. */
  accounts?: string[];
}

export type AuthOutcome = 'ok' | 'unauthenticated' | 'forbidden';

export interface Presented {
  username: string;
  password: string;
}

export class Credentials {
  private readonly users = new Map<string, UserConfig>();

  /** `tokens`: user → API token, accepted as user `BOOMI_TOKEN.<user>` with the same accounts. */
  constructor(users: Record<string, string | UserConfig>, tokens: Record<string, string>, private readonly primaries: () => string[]) {
    for (const [name, config] of Object.entries(users)) this.users.set(name, typeof config === 'string' ? { password: config } : config);
    for (const [name, token] of Object.entries(tokens)) {
      const accounts = this.users.get(name)?.accounts;
      this.users.set(`BOOMI_TOKEN.${name}`, { password: token, ...(accounts ? { accounts } : {}) });
    }
  }

  check(presented: Presented | undefined, accountId: string): AuthOutcome {
    const user = presented && this.users.get(presented.username);
    if (!user || user.password !== presented.password) return 'unauthenticated';
    return (user.accounts ?? this.primaries()).includes(accountId) ? 'ok' : 'forbidden';
  }
}

export function basicCredentials(header: string | undefined): Presented | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? undefined : { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * The UsernameToken in a SOAP Header. A password of another type (PasswordDigest) is not
 * accepted: Boomi documents PasswordText only. Nonce, Created and a Timestamp are ignored.
 */
export function usernameToken(header: Element | undefined): Presented | undefined {
  const security = header && elementChildren(header).find((e) => e.namespaceURI === WSSE && e.localName === 'Security');
  const token = security && elementChildren(security).find((e) => e.namespaceURI === WSSE && e.localName === 'UsernameToken');
  if (!token) return undefined;
  const parts = elementChildren(token);
  const username = parts.find((e) => e.namespaceURI === WSSE && e.localName === 'Username');
  const password = parts.find((e) => e.namespaceURI === WSSE && e.localName === 'Password');
  if (!username || !password) return undefined;
  const type = password.getAttribute('Type');
  if (type && type !== PASSWORD_TEXT) return undefined;
  return { username: username.textContent ?? '', password: password.textContent ?? '' };
}
