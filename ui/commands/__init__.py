"""The ``policyqa`` subcommands, one module per job; each exposes ``main(argv=None) -> int``."""
