/** What the commands (generate, fetch-wsdl, drift) share. */
import type { NetworkOptions } from './load/http-get.ts';

/** The flags of every command that reads WSDLs and schemas from the network (load/http-get.ts, load/network-addresses.ts). */
export const NETWORK_FLAGS = { 'allow-private-addresses': { type: 'boolean' }, 'allow-cross-origin-redirects': { type: 'boolean' } } as const;

export function networkOptions(values: { 'allow-private-addresses'?: boolean | undefined; 'allow-cross-origin-redirects'?: boolean | undefined }): NetworkOptions {
  return { allowPrivateAddresses: values['allow-private-addresses'] === true, allowCrossOriginRedirects: values['allow-cross-origin-redirects'] === true };
}
