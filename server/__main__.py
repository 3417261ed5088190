"""`python -m server`: the gRPC server alone and its operator commands (server/cli.py)."""

from server import cli

if __name__ == "__main__":
    cli.main()
