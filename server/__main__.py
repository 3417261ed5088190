"""`python -m server`: the gRPC server alone and its operator commands (server/cli.py)."""

from server.cli import main  # also the `rupaya` console script (pyproject.toml)

if __name__ == "__main__":
    main()
