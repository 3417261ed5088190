"""The currency table (shared/currencies.json, read by server.currencies), served to clients."""
