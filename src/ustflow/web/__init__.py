"""The local dashboard: a read-only FastAPI app over the store (``ustflow serve``); see ``web.app``."""
