"""RUPAYA's HTTP/JSON gateway for web clients, driven by the contract's descriptors."""
