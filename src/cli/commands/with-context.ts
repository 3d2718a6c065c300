import { loadConfig } from '../../config/config.js';
import { createContext, type AppContext } from '../../context.js';

/** Opens the configured database (migrating it), runs the command, and always closes it. */
export async function withContext<T>(work: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(loadConfig());
  try {
    return await work(ctx);
  } finally {
    await ctx.close();
  }
}
