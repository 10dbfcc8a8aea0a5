"""Write notebooks/00-corpus-overview.ipynb (kept as a script so the notebook's source is reviewable)."""
import nbformat as nbf

nb = nbf.v4.new_notebook()
md, code = nbf.v4.new_markdown_cell, nbf.v4.new_code_cell
params = code(
    "# Parameters (papermill can override these)\n"
    "PROCESSED_DIR = None  # folder of processed tables; None = data/processed\n"
    "FIGURES_DIR = None  # where figures are saved; None = figures/\n"
    "DOCUMENTS = None  # list of doc_ids to show, or None for all\n"
    "LANG = \"zh\"  # figure labels: \"zh\" or \"en\"\n"
)
params.metadata["tags"] = ["parameters"]
nb.cells = [
    md(
        "# 00 · Corpus overview: what is in the collection of plans\n\n"
        "**Questions.** Which plans does the corpus hold, and what kind of document is each? How long is each plan, "
        "and how is it organised (sections, numbered items, summary vs plan parts, annex tables)? "
        "What did cleaning remove or repair in each raw file?\n\n"
        "**Prerequisites.** The processed tables from `python -m analysis build` (the README's first command runs it). "
        "Every number below can be traced: items carry `item_id` and character offsets into "
        "`data/processed/clean_text/<doc_id>.txt`."
    ),
    params,
    code(
        "from pathlib import Path\n\n"
        "import pandas as pd\n\n"
        "from analysis import config, overview, plotting\n"
        "from analysis.figures import save_figure\n"
        "from analysis.tables import read_table\n\n"
        "processed = Path(PROCESSED_DIR) if PROCESSED_DIR else config.PROCESSED_DIR\n"
        "figures = Path(FIGURES_DIR) if FIGURES_DIR else config.FIGURES_DIR\n"
        "documents = read_table(\"documents\", processed)\n"
        "items = read_table(\"items\", processed)\n"
        "cleaning = read_table(\"cleaning_report\", processed)\n"
        "if DOCUMENTS:\n"
        "    documents = documents[documents.doc_id.isin(DOCUMENTS)]\n"
        "    items = items[items.doc_id.isin(DOCUMENTS)]\n"
        "    cleaning = cleaning[cleaning.doc_id.isin(DOCUMENTS)]\n"
        "labels = overview.document_labels(documents)\n"
        "pd.set_option(\"display.max_colwidth\", 80)"
    ),
    md("## The documents\n\nOne row per plan, from `data/raw/metadata.csv`. Fields listed under `inferred` were inferred "
       "from the text (e.g. the anonymised xx市 plan's year), not stated by the document."),
    code("documents[[\"doc_id\", \"title\", \"place\", \"level\", \"province\", \"period\", \"doc_type\", \"issuing_body\", \"inferred\", \"encoding\"]]"),
    md("## How long is each plan?\n\nCharacters after cleaning and numbered items, side by side. A long plan with few items "
       "writes long items; the three-year plan also has an annex table (counted separately)."),
    code(
        "lengths = overview.document_lengths(documents)\n"
        "fig = plotting.plot_document_lengths(lengths, lang=LANG)\n"
        "save_figure(fig, \"corpus_document_lengths\", directory=figures)\n"
        "lengths"
    ),
    md("## How is each plan organised?\n\nNumbered items per part of the plan. Echeng's 总结 items report what was done "
       "in the first half-year; its 工作任务 items are the plan for the second. Annex rows are the projects of "
       "Lianyungang's year-by-year table."),
    code(
        "structure = overview.structure_summary(items)\n"
        "fig = plotting.plot_plan_structure(structure, labels, lang=LANG)\n"
        "save_figure(fig, \"corpus_plan_structure\", directory=figures)\n"
        "structure"
    ),
    md("Sections and their items, as parsed (first rows; filter `items` by `doc_id` to see one plan):"),
    code(
        "items.loc[items.unit == \"item\", [\"item_id\", \"part\", \"section_no\", \"section_title\", \"group_title\", \"item_no\", \"item_title\"]].head(20)"
    ),
    md("## What did cleaning change?\n\nCharacters removed or changed by each cleaning step (log scale). The raw files are "
       "never edited: this is what the pipeline did to its copy. Web clutter dominates the scraped xx市 plan; joining "
       "lines broken mid-sentence matters for the PDF-derived ones."),
    code(
        "summary = overview.cleaning_summary(cleaning)\n"
        "fig = plotting.plot_cleaning_report(summary, labels, lang=LANG)\n"
        "save_figure(fig, \"corpus_cleaning_report\", directory=figures)\n"
        "cleaning.loc[cleaning.changes > 0, [\"doc_id\", \"step\", \"changes\", \"lines_removed\", \"lines_joined\", \"chars_removed\", \"chars_changed\", \"examples\"]]"
    ),
    md("## Summary\n\nThe corpus tables give every plan the same shape (parts, sections, items with ids and offsets), "
       "so the next notebooks compare keywords (01), quantitative targets (02) and themes (03) across plans. "
       "To add a plan, drop its `.txt` into `data/raw/` (optionally with a row in `metadata.csv`) and rerun the build."),
]
nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
nb.metadata["language_info"] = {"name": "python"}
nbf.write(nb, "notebooks/00-corpus-overview.ipynb")
