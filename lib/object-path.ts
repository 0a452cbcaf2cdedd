/**
 * Reading and writing one value inside nested plain data by a dotted path ("approaches.vciso.dayRate").
 * Keys are taken literally, so a key that contains a hyphen ("in-house") works.
 */
export function getPath(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined), data);
}

/** A copy of `data` with the value at `path` replaced; `data` itself is left as it was. */
export function setPath<T>(data: T, path: string, value: unknown): T {
  const copy = structuredClone(data);
  const keys = path.split('.');
  let node: unknown = copy;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) throw new Error(`No such setting: ${path}`);
    node = node[key];
  }
  const last = keys.at(-1)!;
  if (!isRecord(node) || !Object.hasOwn(node, last)) throw new Error(`No such setting: ${path}`);
  node[last] = value;
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
