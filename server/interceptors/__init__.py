"""Server interceptors, one concern each; `app.py` chains them in order."""
