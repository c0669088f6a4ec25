"""Domain errors: each carries a one-line message that tells the user what to do."""


class RagError(Exception):
    """Base for every error a door turns into a one-line message."""


class CorpusError(RagError):
    """The corpus folder or one of its files cannot be used."""


class StoreError(RagError):
    """The index is missing, built with another model, or unreachable."""


class QuestionError(RagError):
    """The question itself cannot be answered as given."""


class ConfigError(RagError):
    """A setting has a value the product cannot use."""


class StoreBusy(StoreError):
    """A read raced another process's write; reopening the store and asking again works."""
