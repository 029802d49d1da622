import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The parts of a Compose service these tests read. */
export interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  env_file?: Array<{ path: string; required: boolean }>;
  expose?: string[];
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test?: string[]; disable?: boolean };
  init?: boolean;
}

export interface ComposeFile {
  name: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

export class ComposeInterpolationError extends Error {
  readonly code = 'COMPOSE.REQUIRED_VARIABLE';
}

// ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}; $$ is a literal $.
const VARIABLE =
  /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Compose's variable interpolation (the subset the spec defines), so tests see what `up` would see. */
export function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(VARIABLE, (match, braced?: string, op?: string, arg?: string, bare?: string) => {
    if (match === '$$') return '$';
    const name = braced ?? bare ?? '';
    const current = env[name];
    const unsetOrEmpty = current === undefined || current === '';
    switch (op) {
      case ':-':
        return unsetOrEmpty ? interpolate(arg ?? '', env) : current;
      case '-':
        return current === undefined ? interpolate(arg ?? '', env) : current;
      case ':?':
      case '?':
        if (op === ':?' ? unsetOrEmpty : current === undefined) {
          throw new ComposeInterpolationError(`${name}: ${arg ?? 'required'}`);
        }
        return current ?? '';
      default:
        return current ?? '';
    }
  });
}

function interpolateDeep(node: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof node === 'string') return interpolate(node, env);
  if (Array.isArray(node)) return node.map((n) => interpolateDeep(n, env));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolateDeep(v, env)]));
  }
  return node;
}

/** Parse a compose file (with YAML merge keys) and, when env is given, interpolate it. */
export function readCompose(path: string, env?: Record<string, string | undefined>): ComposeFile {
  const raw: unknown = parse(readFileSync(path, 'utf8'), { merge: true });
  return (env ? interpolateDeep(raw, env) : raw) as ComposeFile;
}
