import { describe, expect, it } from 'vitest';
import { strictJsonProblem } from './strict-json.js';

describe('strict JSON', () => {
  it('accepts plain JSON', () => {
    expect(strictJsonProblem('{"a": [1, 2.5, -3, "x\\u00e9", null, true], "b": {"a": 1}}')).toBeNull();
    expect(strictJsonProblem('"\\ud83d\\ude00"')).toBeNull();
  });
  it('names the line and column of what JSON.parse would let through or reject', () => {
    expect(strictJsonProblem('{\n  "id": 1,\n  "id": 2\n}')).toBe('line 3, column 3: duplicate key "id"');
    expect(strictJsonProblem('{"id": 9007199254740993}')).toMatch(/^line 1, column 8: the number 9007199254740993 is beyond 2\^53/);
    expect(strictJsonProblem('{"note": "\\ud800"}')).toMatch(/unpaired UTF-16 surrogate/);
    expect(strictJsonProblem('{"a": 1,}')).toMatch(/^line 1, column 9: a property name was expected/);
    expect(strictJsonProblem('{"a": [1, 2')).toMatch(/the file ends before a closing ]/);
    expect(strictJsonProblem('{"a": 1} // note')).toMatch(/comments are not allowed|unexpected text/);
    expect(strictJsonProblem('{"a": 1e999}')).toMatch(/too large/);
    expect(strictJsonProblem('')).toMatch(/a value was expected/);
  });
});
