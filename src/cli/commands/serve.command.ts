import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { packageRoot } from '../../config/paths.js';
import { createContext } from '../../context.js';
import { seedDemoIfEmpty } from '../../demo/seed.js';
import { buildApp } from '../../http/app.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the service (API and web UI); migrates the database first')
    .option('--demo', 'seed the 2026 H200 demo scenario when the database is empty')
    .action(async (options: { demo?: boolean }) => {
      const config = loadConfig();
      const ctx = await createContext(config);
      if (options.demo) {
        const seeded = await seedDemoIfEmpty(ctx);
        if (seeded) {
          process.stdout.write(
            `\nDemo scenario seeded (the 2026 H200 case). Sign in with one of these (shown once):\n`,
          );
          for (const user of seeded.users) {
            process.stdout.write(`  ${user.role.padEnd(11)} ${user.username.padEnd(20)} ${user.password}\n`);
          }
          process.stdout.write('\n');
        } else {
          process.stdout.write('Demo scenario not seeded: the database already holds data.\n');
        }
      }
      const app = await buildApp(ctx, { webDir: path.join(packageRoot(), 'web', 'dist'), logger: true });
      const address = await app.listen({ host: config.host, port: config.port });
      process.stdout.write(
        `Tranche is listening on ${address} (database: ${config.database.engine === 'sqlite' ? config.database.file : 'PostgreSQL'})\n`,
      );
      const stop = async (): Promise<void> => {
        await app.close();
        await ctx.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
