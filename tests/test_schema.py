"""Schema: the build's tables have the declared columns and types, and the README documents them."""
from analysis.config import PROJECT_ROOT
from analysis.schema import PROCESSED, TABLES, check_table


def test_every_processed_table_matches_the_schema(processed):
    tables = processed.tables()
    assert tuple(tables) == TABLES
    for name, table in tables.items():
        assert check_table(name, table) == [], name


def test_the_readme_documents_every_processed_column():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    for name, columns in PROCESSED.items():
        assert f"**{name}**" in readme, name
        missing = [c for c in columns if f"`{c}`" not in readme]
        assert not missing, (name, missing)


def test_one_key_name_everywhere():
    for name, columns in PROCESSED.items():
        # "unit" is the base unit of a value (targets, promise_delivery), never a text unit (items: unit_type)
        assert "doc" not in columns and ("unit" not in columns or name in ("targets", "promise_delivery")), name
