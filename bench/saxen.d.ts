/** The part of saxen's API the decode benchmark uses (the package ships no declarations). */
declare module 'saxen' {
  export class Parser {
    constructor(options?: { proxy?: boolean });
    ns(prefixes?: Record<string, string>): void;
    on(event: 'openTag', handler: (name: string, attributes: () => Record<string, string>, decodeEntities: (s: string) => string, selfClosing: boolean, context: () => { line: number; column: number }) => void): void;
    on(event: 'closeTag' | 'text' | 'error' | 'warn' | 'cdata' | 'comment' | 'attention' | 'question', handler: (...args: never[]) => void): void;
    parse(xml: string): Error | undefined;
  }
}
