/** Credentials as Boomi checks them: HTTP Basic on ?wsdl and ?xsd=N, a WS-Security UsernameToken on every call. */
import { DOMParser } from '@xmldom/xmldom';

const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
const PASSWORD_TEXT = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

export function basicAuthValid(header: string | undefined, users: Record<string, string>): boolean {
  const match = /^Basic (.+)$/.exec(header ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && users[decoded.slice(0, colon)] === decoded.slice(colon + 1);
}

/** The UsernameToken of a SOAP request, checked: PasswordText with a known user's password. */
export function usernameTokenValid(envelope: string, users: Record<string, string>): boolean {
  let doc;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(envelope, 'text/xml');
  } catch {
    return false;
  }
  const username = doc.getElementsByTagNameNS(WSSE, 'Username')[0]?.textContent ?? '';
  const password = doc.getElementsByTagNameNS(WSSE, 'Password')[0];
  return password?.getAttribute('Type') === PASSWORD_TEXT && users[username] !== undefined && users[username] === password.textContent;
}
