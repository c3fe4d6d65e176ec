"""Every error policyqa raises on purpose, in one hierarchy.

``PolicyQAError`` and its kinds carry a message written for the person using policyqa (a citizen in
the chat, a civil servant at the console): the UI, the API and the CLI show ``str(exc)`` and nothing
else. Anything that is not a ``PolicyQAError`` is a bug: it is logged with its stack trace and the
user sees a generic message, never the trace, a path or a prompt.

The module sits in ``index`` because it is the lowest package with code: ``rag``, ``ui`` and
``eval`` all import it, and it imports nothing.

    PolicyQAError
    ├── InputError            what the user gave us cannot be used
    │   ├── QuestionError     empty, too long, no text (exit code 2)
    │   └── UnreadableFile    binary, empty, encrypted or unsupported file
    ├── ConfigError           a setting names something that is not there (exit code 2)
    ├── IndexLoadError        the index cannot be used as it is
    │   ├── IndexMissing      nothing built yet
    │   └── IndexIncompatible built with another model, chunker or format
    ├── CorpusError           the corpus folder is missing or yields no document
    └── ModelError            the language or embedding model cannot serve
        ├── LLMUnavailable    no model file, no server, the server died or refused
        │   └── LLMDisabled   no model configured: answers are extractive by design
        ├── ModelBusy         too many questions wait for the model
        ├── ModelTimeout      the model's answer ran past its budget
        ├── ModelAssetError   a packaged model part is missing or corrupt
        └── ConversionError   the packaged embedding model cannot be converted
"""

from __future__ import annotations


class PolicyQAError(Exception):
    """Base: ``str(exc)`` is the message for users; ``exit_code`` is what a command returns."""

    exit_code = 1


class InputError(PolicyQAError):
    """What the user gave us (a question, a file, a question set) cannot be used."""


class QuestionError(InputError):
    """A question the engine will not process (empty, too long, no text)."""

    exit_code = 2  # a usage error at the console


class UnreadableFile(InputError):
    """A file whose text cannot be read (binary, empty, encrypted, unsupported). ``str()`` says why."""


class ConfigError(PolicyQAError):
    exit_code = 2


class IndexLoadError(PolicyQAError):
    """The index on disk cannot be used; the message says what to run."""


class IndexMissing(IndexLoadError):
    """No index has been built in this folder."""


class IndexIncompatible(IndexLoadError):
    """The index was built by another configuration or format version and must be rebuilt."""


class CorpusError(IndexLoadError):
    """The corpus folder is missing or no document can be read from it."""


class ModelError(PolicyQAError):
    """A model cannot serve now; answers fall back to the quoted evidence."""


class LLMUnavailable(ModelError):
    """The language model cannot answer (missing file or binary, server down, connection refused)."""


class LLMDisabled(LLMUnavailable):
    """No language model is configured: answers are extractive by design."""


class ModelBusy(ModelError):
    """Too many questions are already waiting on the model: answer from the evidence now."""


class ModelTimeout(ModelError):
    """The model's answer ran past its time budget."""


class ModelAssetError(ModelError):
    """The packaged model cannot be assembled (a part is missing, or the result is corrupt)."""


class ConversionError(ModelError):
    """The packaged embedding model's source is missing or not what we expect."""
