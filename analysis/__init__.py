"""Comparative analysis of Chinese local trade-union work plans.

The library is a chain of small modules, each with pure functions:

``corpus``     read a folder of plan documents and its metadata table (I/O edge)
``cleaning``   repair and normalise the text, with a report of every change
``structure``  parse a cleaned plan into parts, sections and items
``annex``      parse tab-separated annex tables (year-by-year schedules)
``segment``    the project tokenizer (jieba with the domain dictionary)
``pipeline``   build the processed tables from a corpus
``tables``     write and read processed tables (I/O edge)
``figures``    the CJK font and the one helper that saves every figure
``plotting``   the charts the notebooks show
"""

__version__ = "0.1.0"
