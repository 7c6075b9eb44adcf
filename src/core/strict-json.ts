/**
 * JSON.parse accepts things an import must not: duplicate keys (the last silently wins), integers
 * beyond 2^53 (silently rounded) and lone UTF-16 surrogates. This scan finds those and syntax errors,
 * naming the line and column, before anything is parsed for real.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const PLAIN: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'a property name was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'the file ends before a closing }',
  CloseBracketExpected: 'the file ends before a closing ]',
  EndOfFileExpected: 'unexpected text after the end',
  InvalidCommentToken: 'comments are not allowed',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape',
  InvalidCharacter: 'invalid character in a string',
};

/** The first problem as `line 3, column 7: duplicate key "id"`, or null when the text is strict JSON. */
export function strictJsonProblem(text: string): string | null {
  let problem: string | null = null;
  const at = (line: number, column: number, message: string) => {
    problem ??= `line ${line + 1}, column ${column + 1}: ${message}`;
  };
  const keys: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        keys.push(new Set());
      },
      onObjectEnd: () => {
        keys.pop();
      },
      onObjectProperty: (name, _offset, _length, line, column) => {
        const seen = keys.at(-1);
        if (seen?.has(name)) at(line, column, `duplicate key "${name}"`);
        seen?.add(name);
        if (LONE_SURROGATE.test(name)) at(line, column, 'a key holds an unpaired UTF-16 surrogate');
      },
      onLiteralValue: (value, offset, length, line, column) => {
        if (typeof value === 'string' && LONE_SURROGATE.test(value)) at(line, column, 'a string holds an unpaired UTF-16 surrogate');
        if (typeof value === 'number') {
          const raw = text.slice(offset, offset + length);
          if (/^-?\d+$/.test(raw) && !Number.isSafeInteger(Number(raw))) at(line, column, `the number ${raw} is beyond 2^53 and cannot be kept exactly`);
          if (!Number.isFinite(value)) at(line, column, `the number ${raw} is too large`);
        }
      },
      onError: (error, _offset, _length, line, column) => {
        const code = printParseErrorCode(error);
        at(line, column, PLAIN[code] ?? code);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return problem;
}
