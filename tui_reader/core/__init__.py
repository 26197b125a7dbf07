"""The core: loading collections, metadata, word diff and lineage inference.

Nothing in this package imports Textual or Rich; the app and the CLI are thin layers over it.
"""
