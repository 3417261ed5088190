"""RUPAYA gRPC server."""
