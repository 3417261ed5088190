"""The HTTP/JSON gateway: routes built from the contract's google.api.http rules, calls made
to the gRPC server over a real channel (so each passes its interceptor chain once)."""
