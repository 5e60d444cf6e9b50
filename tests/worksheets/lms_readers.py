"""Readers of the two LMS formats, written for the tests from the formats' documentation, independent of the
exporters: they return, for every item, the answers an LMS would accept."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"


@dataclass
class Item:
    """One LMS question: its kind, name/idnumber, grade, and the accepted answers with their margins."""

    kind: str
    name: str
    ident: str
    grade: float
    right: list[tuple[str, float]] = field(default_factory=list)  # (answer, tolerance)
    wrong: list[tuple[str, float, str]] = field(default_factory=list)  # (answer, tolerance, feedback)
    choices: list[str] = field(default_factory=list)
    blanks: list[tuple[float, float]] = field(default_factory=list)  # Cloze: (value, tolerance)
    text: str = ""


def read_moodle(xml_text: str) -> tuple[list[str], list[Item]]:
    """(categories, questions) of a Moodle XML quiz."""
    root = ET.fromstring(xml_text)
    assert root.tag == "quiz"
    categories, items = [], []
    for q in root.findall("question"):
        kind = q.get("type")
        if kind == "category":
            categories.append(q.findtext("category/text"))
            continue
        item = Item(kind, q.findtext("name/text"), q.findtext("idnumber") or "", float(q.findtext("defaultgrade")),
                    text=q.findtext("questiontext/text") or "")
        for answer in q.findall("answer"):
            fraction = float(answer.get("fraction"))
            tolerance = float(answer.findtext("tolerance") or 0)
            text = answer.findtext("text")
            if kind == "multichoice":
                item.choices.append(text)
            if fraction == 100:
                item.right.append((text, tolerance))
            else:
                item.wrong.append((text, tolerance, answer.findtext("feedback/text") or ""))
        if kind == "cloze":
            for m in re.finditer(r"\{1:NUMERICAL:=([-0-9.]+):([0-9.]+)#", item.text):
                item.blanks.append((float(m.group(1)), float(m.group(2))))
        items.append(item)
    return categories, items


def read_qti(data: bytes) -> dict[str, list[Item]]:
    """Assessment title -> items of a QTI 1.2 zip, following its manifest."""
    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        for resource in manifest.iter(f"{CP}resource"):
            assert resource.get("type") == "imsqti_xmlv1p2"
            root = ET.fromstring(archive.read(resource.find(f"{CP}file").get("href")))
            assessment = root.find(f"{QTI}assessment")
            items = []
            for node in assessment.iter(f"{QTI}item"):
                fields = {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry")
                          for f in node.iter(f"{QTI}qtimetadatafield")}
                item = Item(fields["question_type"], node.get("title"), node.get("ident"),
                            float(fields["points_possible"]))
                for label in node.iter(f"{QTI}response_label"):
                    text = label.findtext(f".//{QTI}mattext")
                    if text:
                        item.choices.append(label.get("ident"))
                for condition in node.iter(f"{QTI}respcondition"):
                    if condition.findtext(f"{QTI}setvar") != "100":
                        continue
                    var = condition.find(f"{QTI}conditionvar")
                    low, high = var.find(f".//{QTI}vargte"), var.find(f".//{QTI}varlte")
                    for equal in var.iter(f"{QTI}varequal"):
                        tolerance = (float(high.text) - float(low.text)) / 2 if low is not None else 0.0
                        item.right.append((equal.text, tolerance))
                items.append(item)
            out[assessment.get("title")] = items
    return out
