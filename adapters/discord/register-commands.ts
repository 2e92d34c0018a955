/** Registers /brief with Discord: guild commands (instant, for testing) or global commands (production). */
import { REST, Routes, type APIApplicationCommand } from 'discord.js';
import { AttacheError } from '../../src/errors.js';
import { commandDefinitions } from './commands.js';

/** What registration needs. */
export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** A REST base such as https://discord.com/api; Discord's when omitted. */
  apiUrl?: string;
  /** Register in one guild (appears at once) instead of globally. */
  guildId?: string;
}

/**
 * Overwrites the application's commands in the guild or globally with /brief (bulk PUT, as the discord.js
 * guide's deploy script does), so re-running it is safe. Returns the commands Discord stored.
 */
export async function registerCommands(options: RegisterOptions): Promise<APIApplicationCommand[]> {
  const rest = new REST({ version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  try {
    return (await rest.put(route, { body: commandDefinitions() })) as APIApplicationCommand[];
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (status === 401) throw new AttacheError('config_invalid', 'DISCORD_TOKEN was rejected by Discord (401 Unauthorized)', error);
    if (status === 403 || status === 404) {
      throw new AttacheError('config_invalid', `Discord refused to register commands (${String(status)}): check DISCORD_APPLICATION_ID${options.guildId ? ' and that the bot was invited to guild ' + options.guildId + ' with the applications.commands scope' : ''}`, error);
    }
    throw new AttacheError('platform_error', `registering commands failed: ${(error as Error).message}`, error);
  }
}
