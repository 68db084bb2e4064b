#!/usr/bin/env python3
"""Writes the Markdown a converter or OCR tool makes of a corpus web page, as test data for the Markdown form.

    html-to-markdown.py PAGE.html OUT.md --merged empty|repeat

Only the article (the element class TRS_Editor of the 平潭 pages) is converted, with the page's ArticleTitle as
`# title`; part titles become `## 一、…`, bold runs `**…**`, and every table a pipe table whose first row is the
header
with a `|---|` separator row under it. Merged cells are written as converters do: `empty` leaves the cells a
rowspan/colspan covers empty (pandoc, markdownify), `repeat` repeats the text in each (Docling). Python stdlib only.
"""
import html
import re
import sys
from html.parser import HTMLParser

PART = re.compile(r"^[一二三四五六]、")


class Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # inside the article when > 0
        self.title = None
        self.blocks = []        # ("p", text) or ("table", rows of (text, rowspan, colspan))
        self.text = None
        self.bold = 0
        self.table = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and a.get("name") == "ArticleTitle":
            self.title = a.get("content")
        if self.depth == 0:
            if tag == "div" and "TRS_Editor" in (a.get("class") or ""):
                self.depth = 1
            return
        if tag == "div":
            self.depth += 1
        if tag == "table":
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self.cell = ["", int(a.get("rowspan", 1)), int(a.get("colspan", 1))]
        elif tag == "p" and self.cell is None:
            self.text = ""
        elif tag in ("strong", "b"):
            self.bold += 1
            if self.text is not None and self.cell is None:
                self.text += "**"

    def handle_endtag(self, tag):
        if self.depth == 0:
            return
        if tag == "div":
            self.depth -= 1
        elif tag in ("td", "th") and self.cell is not None:
            self.table[-1].append(tuple(self.cell))
            self.cell = None
        elif tag == "table" and self.table is not None:
            self.blocks.append(("table", self.table))
            self.table = None
        elif tag in ("strong", "b"):
            self.bold -= 1
            if self.text is not None and self.cell is None:
                self.text += "**"
        elif tag == "p" and self.text is not None and self.cell is None:
            self.blocks.append(("p", self.text))
            self.text = None

    def handle_data(self, data):
        if self.depth == 0:
            return
        data = data.replace("\xa0", " ")
        if self.cell is not None:
            self.cell[0] += data.strip()
        elif self.text is not None:
            self.text += data


def grid(rows, merged):
    """The table as a full grid: each spanned position empty or repeating the text."""
    cells = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in cells:
                c += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    cells[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) or merged == "repeat" else ""
            c += colspan
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    return [[cells.get((r, c), "") for c in range(width)] for r in range(height)]


def paragraph(text):
    text = re.sub(r"\*\*\s*\*\*", "", text).strip()
    plain = text.replace("**", "").strip()
    if PART.match(plain):
        return "## " + plain
    # pandoc escapes what would read as Markdown: `1.` at a line start, `*`, `_`.
    text = re.sub(r"^(\d+)\.", r"\1\\.", text)
    return text


def main():
    source, out, merged = sys.argv[1], sys.argv[2], sys.argv[4]
    page = Article()
    page.feed(open(source, encoding="utf-8").read())
    lines = ["# " + html.unescape(page.title), ""]
    for kind, block in page.blocks:
        if kind == "p":
            if block.strip().replace("**", ""):
                lines += [paragraph(block), ""]
            continue
        table = grid(block, merged)
        lines.append("| " + " | ".join(table[0]) + " |")
        lines.append("|" + "|".join("---" for _ in table[0]) + "|")
        lines += ["| " + " | ".join(row) + " |" for row in table[1:]]
        lines.append("")
    open(out, "w", encoding="utf-8").write("\n".join(lines))


main()
