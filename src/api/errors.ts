import type { ValidationIssue } from '../model/issues';

/**
 * Thrown by a handler when input passed the schema but breaks a rule only the handler can
 * see. `code` is `in-use` when the rule is that something still refers to the entity (a
 * cooperative with plans): the issues then name what, in words.
 */
export class InvalidInputError extends Error {
  constructor(
    readonly issues: ValidationIssue[],
    readonly code: 'invalid-input' | 'in-use' = 'invalid-input',
  ) {
    super(issues.map((i) => `${i.pathText}: ${i.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}
