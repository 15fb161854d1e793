import { describeIssue } from '../model/issues';
import { parseWorkspace } from '../model/parse';
import type { Workspace } from '../model/workspace';
import demoJson from './demo-workspace.json' with { type: 'json' };
import frameworkJson from './doughnut-framework.json' with { type: 'json' };
import { doughnutFrameworkSchema, type DoughnutFramework } from './framework-schema';

export * from './framework-schema';

/** The built-in demo workspace exactly as shipped (format v1 JSON, euros), as a fresh deep copy. */
export function demoWorkspaceJson(): unknown {
  return structuredClone(demoJson);
}

/**
 * The demo workspace parsed into the model (cents). A new object on every call, so callers
 * may change it freely. Throws if the shipped file does not validate, which tests rule out.
 */
export function loadDemoWorkspace(): Workspace {
  const result = parseWorkspace(demoWorkspaceJson(), 'en');
  if (!result.ok) {
    const problems = result.issues.map(describeIssue).join('; ');
    throw new Error(`The built-in demo workspace (src/data/demo-workspace.json) is invalid: ${problems}`);
  }
  return result.value;
}

function loadFramework(): DoughnutFramework {
  const result = doughnutFrameworkSchema.safeParse(frameworkJson);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(
      `The built-in Doughnut framework (src/data/doughnut-framework.json) is invalid: ${problems}`,
    );
  }
  return result.data;
}

/** Doughnut dimensions (2017 and 2025 labels), City Doughnut lenses, boundaries and fair shares. */
export const doughnutFramework: DoughnutFramework = deepFreeze(loadFramework());

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
