import pytest

from analysis.config import RAW_DIR
from analysis.corpus import read_corpus
from analysis.pipeline import process_corpus


@pytest.fixture(scope="session")
def corpus():
    return read_corpus(RAW_DIR)


@pytest.fixture(scope="session")
def processed(corpus):
    return process_corpus(corpus)


@pytest.fixture(scope="session")
def items(processed):
    return processed.items


def numbered(items, doc_id):
    """The numbered items of one document."""
    return items[(items.doc_id == doc_id) & (items.unit_type == "item")]


@pytest.fixture(scope="session")
def national():
    """The 46 national government work reports (data/national-reports/raw), processed with their metadata."""
    from analysis.config import PROJECT_ROOT

    return process_corpus(read_corpus(PROJECT_ROOT / "data" / "national-reports" / "raw"))
