// A graphql-inspector diff rule: a breaking change that is declared in graphql/released/declared-breaking-changes.json
// (by its path, e.g. "Quote.via", and optionally its type, e.g. "FIELD_REMOVED") is reported as dangerous instead,
// with the declared reason, so that the check passes. Undeclared breaking changes stay breaking and fail CI.
import { readFileSync } from 'node:fs';
import { declarationsFile } from './schema-files.mjs';

export default function declaredBreakingChanges({ changes }) {
  const { declared = [] } = JSON.parse(readFileSync(declarationsFile(), 'utf8'));
  for (const d of declared) {
    if (!d.path || !d.reason) {
      throw new Error(`A declared breaking change needs a path and a reason: ${JSON.stringify(d)}`);
    }
  }
  return changes.map((change) => {
    if (change.criticality.level !== 'BREAKING') return change;
    const declaration = declared.find((d) => d.path === change.path && (!d.type || d.type === change.type));
    if (!declaration) return change;
    return {
      ...change,
      message: `${change.message} (declared: ${declaration.reason})`,
      criticality: { ...change.criticality, level: 'DANGEROUS', reason: declaration.reason },
    };
  });
}
