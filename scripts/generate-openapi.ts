/**
 * Writes the OpenAPI document (openapi.json) and the typed client's schema (web/src/api/schema.d.ts) from
 * the running route definitions. With --check, compares instead and fails on drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { loadConfig } from '../src/config/config.js';
import { packageRoot } from '../src/config/paths.js';
import { createContext } from '../src/context.js';
import { buildApp } from '../src/http/app.js';

const check = process.argv.includes('--check');
const root = packageRoot();

const ctx = await createContext(loadConfig({ LOG_LEVEL: 'silent' }), {
  database: { engine: 'sqlite', file: ':memory:' },
});
const app = await buildApp(ctx);
const document = app.swagger();
await app.close();
await ctx.close();

const options = { ...(await prettier.resolveConfig(path.join(root, 'openapi.json'))), parser: 'json' };
const openapiText = await prettier.format(JSON.stringify(document), options);
const typesText = await prettier.format(
  `/* Generated from openapi.json by npm run openapi; do not edit. */\n${astToString(
    await openapiTS(JSON.parse(openapiText) as Parameters<typeof openapiTS>[0]),
  )}`,
  { ...options, parser: 'typescript' },
);

const outputs: [string, string][] = [
  [path.join(root, 'openapi.json'), openapiText],
  [path.join(root, 'web', 'src', 'api', 'schema.d.ts'), typesText],
];
let drift = false;
for (const [file, text] of outputs) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    console.error(`${path.relative(root, file)} is out of date: run npm run openapi and commit the result.`);
    drift = true;
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
if (drift) process.exitCode = 1;
