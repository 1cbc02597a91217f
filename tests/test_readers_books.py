"""Readers for books and office documents: PDF (pypdf), EPUB (ebooklib), DOCX (python-docx).

Every fixture is written here, in tmp_path, with a real library (fpdf2, ebooklib,
python-docx), so the readers are tested on files as those tools make them.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotetrace
from quotetrace.cli import main
from quotetrace.errors import QuotetraceError
from quotetrace.readers import (
    SUPPORTED_SUFFIXES,
    Document,
    Region,
    parse_document,
    read_document,
    read_work_file,
)

fpdf = pytest.importorskip("fpdf")
ebooklib_epub = pytest.importorskip("ebooklib.epub")
docx = pytest.importorskip("docx")

PAGE_TEXTS = [
    "The first page opens the essay about liberty and its limits in society.",
    "The second page carries the argument further into the nature of tyranny.",
    "The third page closes with a summary of the whole matter at hand.",
]
WORK_TEXT = (
    "A DISCOURSE ON MEANS AND ENDS\n\n"
    "Men have always sought a measure of their freedom, and they have found it\n"
    "most often in the habits of their neighbours. The tyranny of custom is the\n"
    "quietest of all tyrannies, for it is enforced by every hand and resisted by\n"
    "none; it asks no permission and it keeps no records.\n\n"
    "Whoever would be free must first be willing to be thought strange.\n"
)
QUOTED = ("The tyranny of custom is the quietest of all tyrannies, for it is enforced "
          "by every hand and resisted by none")


# --- fixture builders ----------------------------------------------------------------

def make_pdf(path: Path, pages: list[list[str]], labels: list[tuple | None] | None = None,
             encryption: dict | None = None) -> Path:
    """A PDF with one list of paragraphs per page; ``labels[i]`` = (style, prefix, start) starts a label range."""
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=12)
    if encryption:
        pdf.set_encryption(**encryption)
    for number, paragraphs in enumerate(pages):
        pdf.add_page()
        if labels and labels[number]:
            style, prefix, start = labels[number]
            pdf.set_page_label(label_style=style, label_prefix=prefix, label_start=start)
        for paragraph in paragraphs:
            pdf.multi_cell(0, 7, paragraph)
            pdf.ln(7)
    pdf.output(str(path))
    return path


def make_epub(path: Path, chapters: list[tuple[str, str, str]], page_list: str = "nav") -> Path:
    """An EPUB of (file name, title, body) chapters; page_list: ``nav``, ``ncx`` or ``none``.

    ebooklib writes a navigation page-list from the page-break spans itself; for
    ``ncx`` and ``none`` that page-list is taken out again (and, for ``ncx``, an NCX
    pageList is put in its place).
    """
    book = ebooklib_epub.EpubBook()
    book.set_identifier("quotetrace-test")
    book.set_title("A Test Book")
    book.set_language("en")
    book.add_author("Test Author")
    items = []
    for file_name, title, body in chapters:
        item = ebooklib_epub.EpubHtml(title=title, file_name=file_name, lang="en")
        item.content = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = [ebooklib_epub.Link(item.file_name, item.title, item.file_name) for item in items]
    book.add_item(ebooklib_epub.EpubNcx())
    book.add_item(ebooklib_epub.EpubNav())
    book.spine = items
    ebooklib_epub.write_epub(str(path), book)
    if page_list == "nav":
        return path
    breaks = [(m.group(1), m.group(2), file_name) for file_name, _, body in chapters
              for m in re.finditer(r'id="([^"]+)" title="([^"]+)"', body)]

    def edit(name: str, content: bytes) -> bytes:
        text = content.decode("utf-8")
        if name.endswith("nav.xhtml"):
            text = re.sub(r'<nav epub:type="page-list".*?</nav>', "", text, flags=re.S)
        if name.endswith(".ncx") and page_list == "ncx":
            targets = "".join(
                f'<pageTarget id="pt{i}" type="normal" value="{label}" playOrder="{i + 10}">'
                f'<navLabel><text>{label}</text></navLabel><content src="{file_name}#{anchor}"/></pageTarget>'
                for i, (anchor, label, file_name) in enumerate(breaks))
            text = text.replace("</ncx>", f"<pageList><navLabel><text>Pages</text></navLabel>{targets}</pageList></ncx>")
        return text.encode("utf-8")

    rewrite_zip(path, edit)
    return path


def rewrite_zip(path: Path, edit) -> None:
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, content in entries:
            if info.filename.endswith((".xhtml", ".ncx", ".opf", ".xml")):
                content = edit(info.filename, content)
            archive.writestr(info, content)


CHAPTERS = [
    ("chap1.xhtml", "Chapter One",
     "<h1>Chapter One</h1>"
     "<p>The first chapter begins with plain narrative prose.</p>"
     '<span epub:type="pagebreak" id="page2" title="2">2</span>'
     "<blockquote><p>A quoted passage set apart as a block of its own.</p></blockquote>"
     '<p>The sentence runs on <span epub:type="pagebreak" id="page3" title="3">3</span> across a page.</p>'
     "<script>document.write('never run')</script>"),
    ("chap2.xhtml", "Chapter Two",
     "<h1>Chapter Two</h1>"
     '<span epub:type="pagebreak" id="page4" title="4">4</span>'
     "<p>The second chapter has a <q>short inline quotation</q> and a soft\u00adhyphen.</p>"
     '<img src="plate.png" alt="a plate"/>'),
]
EPUB_TEXT = [
    "Chapter One", "The first chapter begins with plain narrative prose.",
    "A quoted passage set apart as a block of its own.", "The sentence runs on across a page.",
    "Chapter Two", "The second chapter has a short inline quotation and a softhyphen.",
]


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("On Custom", level=1)
    document.add_paragraph("The essay begins with an ordinary paragraph.")
    document.add_paragraph("")
    document.add_paragraph("Custom is the quietest of all tyrannies, and the most patient.", style="Quote")
    document.add_paragraph("It asks no permission and keeps no records.", style="Quote")
    document.add_heading("A Second Part", level=2)
    document.add_paragraph("Between the parts stands a plain remark.")
    document.add_paragraph("An intense quotation that is set apart in its own style.", style="Intense Quote")
    document.add_paragraph("The last normal paragraph closes the essay.")
    document.save(str(path))
    return path


def assert_reader_error(path: Path, *needles: str) -> QuotetraceError:
    """Reading ``path`` raises a QuotetraceError (and nothing else) naming the file."""
    try:
        read_document(path)
    except QuotetraceError as exc:
        message = str(exc)
        assert path.name in message and "\n" not in message, message
        for needle in needles:
            assert needle in message.lower(), message
        return exc
    except Exception as exc:  # pragma: no cover - the failure this test is for
        pytest.fail(f"{type(exc).__name__} instead of QuotetraceError: {exc}")
    pytest.fail("no error for a broken file")


# --- Document --------------------------------------------------------------------------

def test_document_pages_default_keeps_old_constructors():
    document = Document("a.txt", "some text", "text")
    assert document.pages == ()
    assert Document(path="a.html", text="x", format="html", regions=(Region("q", 0, 1),)).pages == ()
    assert parse_document("plain text", "a.txt").pages == ()
    paged = Document("b.pdf", "one\n\ftwo\n", "pdf", pages=((0, "i"), (5, "ii")))
    assert [paged.page_at(i) for i in (0, 4, 5, 9)] == ["i", "i", "ii", "ii"]
    assert document.page_at(3) is None


def test_supported_suffixes():
    assert {".txt", ".md", ".html", ".htm", ".pdf", ".epub", ".docx"} <= SUPPORTED_SUFFIXES


# --- PDF -------------------------------------------------------------------------------

def test_pdf_pages_in_order_with_labels(tmp_path):
    path = make_pdf(tmp_path / "essay.pdf", [[t] for t in PAGE_TEXTS],
                    labels=[("r", None, 9), ("D", None, 1), ("D", "A-", 1)])
    document = read_document(path)
    assert document.format == "pdf"
    assert [label for _, label in document.pages] == ["ix", "1", "A-1"]
    offsets = [offset for offset, _ in document.pages]
    assert offsets[0] == 0
    pages = document.text.split("\f")
    assert len(pages) == 3
    for (offset, _), page_text, expected in zip(document.pages, pages, PAGE_TEXTS):
        assert document.text[offset:offset + len(page_text)] == page_text
        assert " ".join(page_text.split()) == expected
        assert page_text.endswith("\n")
    assert all(document.text[offset - 1] == "\f" for offset in offsets[1:])
    assert document.page_at(document.text.index("tyranny")) == "1"


def test_pdf_without_page_labels_numbers_pages(tmp_path):
    document = read_document(make_pdf(tmp_path / "plain.pdf", [[t] for t in PAGE_TEXTS]))
    assert [label for _, label in document.pages] == ["1", "2", "3"]


def test_pdf_keeps_paragraph_breaks_and_line_end_hyphens(tmp_path):
    first = ("This opening paragraph is long enough to wrap across several lines of the page, so that "
             "the reader has to find the line pitch and tell it from the larger gap that follows it.")
    second = "The second paragraph ends with a hyphen-\nated word broken at the line end."
    document = read_document(make_pdf(tmp_path / "paragraphs.pdf", [[first, second]]))
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 2
    assert " ".join(paragraphs[0].split()) == first
    assert "hyphen-\nated" in paragraphs[1]
    assert "  " not in document.text and "\n\n\n" not in document.text


def test_pdf_owner_password_only_is_readable(tmp_path):
    path = make_pdf(tmp_path / "locked-owner.pdf", [[PAGE_TEXTS[0]]], encryption={"owner_password": "secret"})
    assert "liberty" in read_document(path).text


def test_pdf_aes_owner_password_only_is_readable(tmp_path):
    path = make_pdf(tmp_path / "aes.pdf", [[PAGE_TEXTS[0]]],
                    encryption={"owner_password": "secret", "encryption_method": fpdf.enums.EncryptionMethod.AES_128})
    assert "liberty" in read_document(path).text


def test_pdf_with_user_password_is_refused(tmp_path):
    path = make_pdf(tmp_path / "locked.pdf", [[PAGE_TEXTS[0]]],
                    encryption={"owner_password": "secret", "user_password": "reader"})
    assert_reader_error(path, "password")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.97])
def test_truncated_pdf_is_a_clear_error(tmp_path, keep):
    whole = make_pdf(tmp_path / "whole.pdf", [[t] for t in PAGE_TEXTS]).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(whole[:int(len(whole) * keep)])
    assert_reader_error(path, "pdf")


def test_not_a_pdf_and_empty_pdf(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("just some text pretending to be a PDF", encoding="utf-8")
    assert_reader_error(path, "not a pdf")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert_reader_error(empty, "empty")


def test_pdf_without_text_layer(tmp_path):
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert_reader_error(path, "no text layer", "ocr")


# --- EPUB ------------------------------------------------------------------------------

def paragraphs_of(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def check_epub_text_and_regions(document: Document) -> None:
    text = document.text
    paragraphs = paragraphs_of(text)
    assert [p for p in paragraphs if p in EPUB_TEXT] == EPUB_TEXT
    assert "never run" not in text and "a plate" not in text
    assert "\u00ad" not in text and "\ue000" not in text and "\ue001" not in text
    kinds = {(r.kind, text[r.start:r.end]) for r in document.regions}
    assert ("heading", "Chapter One") in kinds and ("heading", "Chapter Two") in kinds
    assert ("blockquote", "A quoted passage set apart as a block of its own.") in kinds
    assert ("q", "short inline quotation") in kinds


def check_epub_pages(document: Document) -> None:
    text = document.text
    assert [label for _, label in document.pages] == ["2", "3", "4"]
    starts = {label: text[offset:offset + 20] for offset, label in document.pages}
    assert starts["2"].startswith("A quoted passage")
    assert starts["3"].startswith("across a page")
    assert starts["4"].startswith("The second chapter")


@pytest.mark.parametrize("page_list", ["nav", "ncx", "none"])
def test_epub_spine_text_regions_and_pages(tmp_path, page_list):
    document = read_document(make_epub(tmp_path / "book.epub", CHAPTERS, page_list))
    assert document.format == "epub"
    check_epub_text_and_regions(document)
    check_epub_pages(document)


def test_epub_page_list_pointing_at_paragraphs_and_whole_files(tmp_path):
    chapters = [(CHAPTERS[0][0], CHAPTERS[0][1], CHAPTERS[0][2].replace("<p>The first", '<p id="opening">The first')),
                CHAPTERS[1]]
    path = make_epub(tmp_path / "book.epub", chapters)

    def edit(name: str, content: bytes) -> bytes:
        if not name.endswith("nav.xhtml"):
            return content
        text = content.decode("utf-8")
        page_list = ('<nav epub:type="page-list" hidden=""><ol><li><a href="chap1.xhtml#opening">vii</a></li>'
                     '<li><a href="chap2.xhtml">viii</a></li></ol></nav>')
        return re.sub(r'<nav epub:type="page-list".*?</nav>', page_list, text, flags=re.S).encode("utf-8")

    rewrite_zip(path, edit)
    document = read_document(path)
    check_epub_text_and_regions(document)
    starts = [(label, document.text[offset:offset + 18]) for offset, label in document.pages]
    assert starts == [("vii", "The first chapter "), ("viii", "Chapter Two\n\nThe s")]


def test_epub_page_breaks_labelled_by_aria_label_or_id(tmp_path):
    chapters = [("chap1.xhtml", "One",
                 '<p>Before the break.</p><div role="doc-pagebreak" aria-label="17"></div>'
                 '<p>After one <span epub:type="pagebreak" id="pg18"/>and after two.</p>')]
    document = read_document(make_epub(tmp_path / "marks.epub", chapters, "none"))
    assert paragraphs_of(document.text) == ["Before the break.", "After one and after two."]
    assert [(label, document.text[offset:offset + 9]) for offset, label in document.pages] == [
        ("17", "After one"), ("18", "and after")]


def test_epub_without_any_page_information(tmp_path):
    chapters = [(name, title, re.sub(r'<span epub:type="pagebreak"[^>]*>\d</span>', "", body))
                for name, title, body in CHAPTERS]
    document = read_document(make_epub(tmp_path / "plain.epub", chapters))
    assert document.pages == ()
    assert "The sentence runs on across a page." in paragraphs_of(document.text)


def test_epub_whose_navigation_has_no_toc_falls_back_to_the_ncx(tmp_path):
    path = make_epub(tmp_path / "odd-nav.epub", CHAPTERS)
    rewrite_zip(path, lambda name, content: re.sub(rb'<nav epub:type="toc".*?</nav>', b"", content, flags=re.S)
                if name.endswith("nav.xhtml") else content)
    document = read_document(path)
    check_epub_text_and_regions(document)
    check_epub_pages(document)


def test_random_bytes_named_epub(tmp_path):
    path = tmp_path / "noise.epub"
    path.write_bytes(bytes(range(256)) * 40)
    assert_reader_error(path, "not a zip")


def test_zip_that_is_not_an_epub(tmp_path):
    path = tmp_path / "archive.epub"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "hello")
    assert_reader_error(path, "not an epub")


def test_truncated_epub(tmp_path):
    whole = make_epub(tmp_path / "whole.epub", CHAPTERS).read_bytes()
    path = tmp_path / "cut.epub"
    path.write_bytes(whole[: len(whole) // 2])
    assert_reader_error(path)


def test_epub_missing_a_manifest_file(tmp_path):
    path = make_epub(tmp_path / "broken.epub", CHAPTERS)
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:
        for info, content in entries:
            if not info.filename.endswith("chap2.xhtml"):
                archive.writestr(info, content)
    assert_reader_error(path, "damaged")


def test_drm_epub_is_refused(tmp_path):
    path = make_epub(tmp_path / "drm.epub", CHAPTERS)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/encryption.xml", (
            '<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
            'xmlns:enc="http://www.w3.org/2001/04/xmlenc#">'
            '<enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>'
            '<enc:CipherData><enc:CipherReference URI="EPUB/chap1.xhtml"/></enc:CipherData></enc:EncryptedData>'
            '</encryption>'))
    assert_reader_error(path, "drm")


# --- DOCX ------------------------------------------------------------------------------

def test_docx_paragraphs_quotes_and_headings(tmp_path):
    document = read_document(make_docx(tmp_path / "essay.docx"))
    assert document.format == "docx"
    text = document.text
    assert text.split("\n\n") == [
        "On Custom",
        "The essay begins with an ordinary paragraph.",
        "Custom is the quietest of all tyrannies, and the most patient.",
        "It asks no permission and keeps no records.",
        "A Second Part",
        "Between the parts stands a plain remark.",
        "An intense quotation that is set apart in its own style.",
        "The last normal paragraph closes the essay.\n",
    ]
    regions = [(r.kind, text[r.start:r.end]) for r in document.regions]
    assert regions == [
        ("heading", "On Custom"),
        ("blockquote", "Custom is the quietest of all tyrannies, and the most patient.\n\n"
                       "It asks no permission and keeps no records."),
        ("heading", "A Second Part"),
        ("blockquote", "An intense quotation that is set apart in its own style."),
    ]
    assert document.pages == ()


def test_docx_that_is_a_text_file(tmp_path):
    path = tmp_path / "notes.docx"
    path.write_text("These are plain notes saved with the wrong name.\n", encoding="utf-8")
    assert_reader_error(path, "not a zip")


def test_password_protected_docx(tmp_path):
    path = tmp_path / "secret.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert_reader_error(path, "password")


@pytest.mark.parametrize("damage", ["truncated", "not-word", "bad-xml"])
def test_corrupt_docx(tmp_path, damage):
    whole = make_docx(tmp_path / "whole.docx")
    path = tmp_path / "corrupt.docx"
    if damage == "truncated":
        path.write_bytes(whole.read_bytes()[:2000])
    elif damage == "not-word":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("readme.txt", "not a document")
    else:
        path.write_bytes(whole.read_bytes())
        rewrite_zip(path, lambda name, content: b"<w:document><unclosed" if name == "word/document.xml" else content)
    assert_reader_error(path)


# --- dispatch, library works, end to end --------------------------------------------------

def test_read_work_file_reads_every_supported_suffix(tmp_path):
    (tmp_path / "a.txt").write_text("plain work text\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("> quoted line\n\nbody\n", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>Hello <q>there</q></p>", encoding="utf-8")
    (tmp_path / "d.htm").write_text("<p>old suffix</p>", encoding="utf-8")
    make_pdf(tmp_path / "e.pdf", [[PAGE_TEXTS[0]]])
    make_epub(tmp_path / "f.epub", CHAPTERS)
    make_docx(tmp_path / "g.docx")
    formats = {p.suffix: read_work_file(p).format for p in sorted(tmp_path.iterdir())}
    assert formats == {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html",
                       ".pdf": "pdf", ".epub": "epub", ".docx": "docx"}
    assert read_work_file(tmp_path / "c.html").text.strip() == "Hello there"
    (tmp_path / "h.odt").write_bytes(b"x")
    with pytest.raises(QuotetraceError, match="h.odt"):
        read_work_file(tmp_path / "h.odt")
    with pytest.raises(QuotetraceError, match="missing.pdf"):
        read_work_file(tmp_path / "missing.pdf")


def library_with_one_work(tmp_path: Path) -> Path:
    library = tmp_path / "library"
    library.mkdir()
    (library / "discourse-on-means.txt").write_text(WORK_TEXT, encoding="utf-8")
    (library / "catalog.csv").write_text(
        "slug,title,author,translator,year\ndiscourse-on-means,A Discourse on Means and Ends,Jane Roe,,1851\n",
        encoding="utf-8")
    return library


def test_check_finds_a_quotation_in_a_pdf(tmp_path):
    library = library_with_one_work(tmp_path)
    pdf_path = make_pdf(tmp_path / "review.pdf", [
        ["A review of an old discourse, written long after its author had died."],
        [f'As Jane Roe wrote in A Discourse on Means and Ends, "{QUOTED}." The point still stands.',
         "The rest of the review is commentary by the reviewer alone."],
    ], labels=[("D", None, 41), None])
    report = quotetrace.check(pdf_path, library, index=tmp_path / "index")
    found = [r for r in report.quotes if r.source is not None]
    assert len(found) == 1, [(r.quotation.text, r.fidelity) for r in report.quotes]
    result = found[0]
    assert result.fidelity == "verbatim"
    assert result.attribution == "confirmed"
    assert result.source.meta.slug == "discourse-on-means"
    assert report.document.page_at(result.quotation.start) == "42"


def test_check_finds_a_quote_styled_docx_paragraph(tmp_path):
    library = library_with_one_work(tmp_path)
    document = docx.Document()
    document.add_paragraph("In her discourse Jane Roe put it plainly:")
    document.add_paragraph(QUOTED + ".", style="Quote")
    path = tmp_path / "notes.docx"
    document.save(str(path))
    report = quotetrace.check(path, library, index=tmp_path / "index")
    located = [r for r in report.quotes if r.source is not None]
    assert [r.quotation.kind for r in located] == ["blockquote"]
    assert located[0].fidelity == "verbatim"


def test_cli_reports_a_broken_book_in_one_line(tmp_path):
    library = library_with_one_work(tmp_path)
    path = tmp_path / "broken.epub"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(main, ["check", str(path), "--library", str(library),
                                       "--index", str(tmp_path / "index")], catch_exceptions=False)
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "broken.epub" in lines[0] and "Traceback" not in result.output


def test_a_pdf_work_in_the_library_gives_its_printed_pages(tmp_path):
    library = tmp_path / "paged-library"
    library.mkdir()
    make_pdf(library / "essay-on-custom.pdf", [
        ["An essay on the force of habit in public life, opening remarks on the old question of how laws begin."],
        [f"{QUOTED}, and so the law follows what custom has long since settled among the people."],
        ["A last page on reform, and on the slow patience that reform requires of every citizen."],
    ], labels=[("D", None, 101), None, None])
    (library / "catalog.csv").write_text("slug,title,author,translator,year\n"
                                         "essay-on-custom,An Essay on Custom,Jane Roe,,1851\n", encoding="utf-8")
    claimed_right = f"An Essay on Custom\n\nby Jane Roe\n\nLondon 1851\n\n{{p. 102}} {QUOTED}.\n\n{{end}}\n"
    claimed_wrong = claimed_right.replace("{p. 102}", "{p. 103}")
    right = quotetrace.check(parse_document(claimed_right, "a.txt", "text"), library, index=tmp_path / "index")
    wrong = quotetrace.check(parse_document(claimed_wrong, "b.txt", "text"), library, index=tmp_path / "index")
    assert right.quotes[0].source.page == "102"
    assert not [f for f in right.quotes[0].flags if f.flag == "page_wrong"]
    flag = next(f for f in wrong.quotes[0].flags if f.flag == "page_wrong")
    assert "p. 103" in flag.detail and "p. 102" in flag.detail
