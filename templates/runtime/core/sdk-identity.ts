/**
 * Which SDK this is, for the User-Agent of its requests: the generator that produced it and
 * that generator's version. The runtime is copied into every SDK as it is, so the version is
 * written here rather than passed in (a test keeps it equal to package.json's `version`): the
 * same text in the templates, the generated sources and the package's declarations.
 */
export const SDK_NAME = 'boomi-soap-codegen';
export const SDK_VERSION = '0.1.0';

/** The User-Agent sent unless the `userAgent` option says otherwise: `boomi-soap-codegen/0.1.0 node/20.19.0`. */
export const SDK_USER_AGENT: string = `${SDK_NAME}/${SDK_VERSION} node/${globalThis.process?.versions?.node ?? 'unknown'}`;
