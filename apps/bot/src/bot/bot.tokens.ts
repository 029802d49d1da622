export const CLOUD_ADAPTER = Symbol('CLOUD_ADAPTER');
/** Test-only overrides of where the Bot Connector's token keys come from (see BotAppOptions.channelAuth). */
export const BOT_CHANNEL_AUTH = Symbol('BOT_CHANNEL_AUTH');
