import type { ValidationIssue } from '../model/issues';

/** Thrown by a handler when input passed the schema but breaks a rule only the handler can see. */
export class InvalidInputError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.pathText}: ${i.message}`).join('; '));
    this.name = 'InvalidInputError';
  }
}
