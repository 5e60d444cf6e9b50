"""Canvas QTI 1.2: the class's variants as a zip Canvas imports (Settings ▸ Import course content ▸ QTI .zip).

One assessment (quiz) per variant, titled with the variant code and the student's name, holding a
``text_only_question`` with the variant's weights and input, then one item per question of the sheet:
``numerical_question`` with the key's answer and its margin (an exact value or the range answer ±
tolerance, as Canvas writes an "exact answer with margin"), ``multiple_choice_question``
(the gate roles, lettered as on paper, not shuffled) and ``short_answer_question`` (the predicted token).
The archive holds ``imsmanifest.xml`` and ``<ident>/<ident>.xml`` per variant; its bytes depend only on the
worksheets (fixed file dates), so the same class gives the same zip.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from lstm_studio.worksheets.lms import data_item_html, margin, question_html, title, token_answers
from lstm_studio.worksheets.render_html import rich_html
from lstm_studio.worksheets.render_json import points_of
from lstm_studio.worksheets.sheet import Question, Worksheet

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
ZIP_DATE = (2000, 1, 1, 0, 0, 0)


def _meta(parent: ET.Element, fields: dict[str, str]) -> None:
    meta = ET.SubElement(parent, "qtimetadata")
    for label, entry in fields.items():
        field = ET.SubElement(meta, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _material(parent: ET.Element, html_text: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", texttype="text/html").text = html_text


def _score(parent: ET.Element) -> None:
    outcomes = ET.SubElement(parent, "outcomes")
    ET.SubElement(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")


def _right(resprocessing: ET.Element) -> ET.Element:
    """A condition that gives full marks; the caller fills in its conditionvar."""
    condition = ET.SubElement(resprocessing, "respcondition", {"continue": "No"})
    var = ET.SubElement(condition, "conditionvar")
    ET.SubElement(condition, "setvar", action="Set", varname="SCORE").text = "100"
    return var


def _item(section: ET.Element, ws: Worksheet, q: Question, n: int, points: tuple[float, ...]) -> None:
    ident = f"{ws.code}-{q.id}"
    item = ET.SubElement(section, "item", ident=ident, title=f"Q{n} {ws.code}")
    kind = ("multiple_choice_question" if q.choices else "short_answer_question" if isinstance(q.answer, str)
            else "numerical_question")
    _meta(ET.SubElement(item, "itemmetadata"), {"question_type": kind,
                                                "points_possible": f"{points_of(q, points):.1f}"})
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, question_html(ws, q, n, with_choices=False))
    resprocessing = ET.Element("resprocessing")
    _score(resprocessing)
    if q.choices:
        response = ET.SubElement(presentation, "response_lid", ident="response1", rcardinality="Single")
        choices = ET.SubElement(response, "render_choice", shuffle="No")
        for letter, choice in zip("ABCDEFGH", q.choices):
            label = ET.SubElement(choices, "response_label", ident=letter)
            _material(label, f"({letter}) {rich_html(choice)}")
        ET.SubElement(_right(resprocessing), "varequal", respident="response1").text = str(q.answer)
    elif isinstance(q.answer, str):
        response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
        ET.SubElement(ET.SubElement(response, "render_fib"), "response_label", ident="answer1", rshuffle="No")
        var = _right(resprocessing)
        for text in token_answers(ws, str(q.answer)):
            ET.SubElement(var, "varequal", respident="response1").text = text
    else:
        response = ET.SubElement(presentation, "response_str", ident="response1", rcardinality="Single")
        ET.SubElement(ET.SubElement(response, "render_fib", fibtype="Decimal"), "response_label", ident="answer1")
        answer, _, low, high = margin(q)
        either = ET.SubElement(_right(resprocessing), "or")
        ET.SubElement(either, "varequal", respident="response1").text = answer
        both = ET.SubElement(either, "and")
        ET.SubElement(both, "vargte", respident="response1").text = low
        ET.SubElement(both, "varlte", respident="response1").text = high
    item.append(resprocessing)


def assessment_xml(ws: Worksheet, ident: str, points: tuple[float, ...] = ()) -> str:
    root = ET.Element("questestinterop", xmlns=QTI_NS)
    assessment = ET.SubElement(root, "assessment", ident=ident, title=title(ws))
    _meta(assessment, {"cc_maxattempts": "1"})
    section = ET.SubElement(assessment, "section", ident="root_section")
    data = ET.SubElement(section, "item", ident=f"{ws.code}-data", title=f"{ws.code} data")
    _meta(ET.SubElement(data, "itemmetadata"), {"question_type": "text_only_question", "points_possible": "0.0"})
    _material(ET.SubElement(data, "presentation"), data_item_html(ws))
    for n, q in enumerate(ws.questions, start=1):
        _item(section, ws, q, n, points)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def manifest_xml(idents: list[str]) -> str:
    root = ET.Element("manifest", identifier="lstm-studio-worksheets", xmlns=CP_NS)
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    for ident in idents:
        href = f"{ident}/{ident}.xml"
        resource = ET.SubElement(resources, "resource", identifier=ident, type="imsqti_xmlv1p2", href=href)
        ET.SubElement(resource, "file", href=href)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def qti_zip(worksheets: list[Worksheet], points: tuple[float, ...] = ()) -> bytes:
    """The class as a Canvas QTI 1.2 zip (see the module)."""
    width = max(2, len(str(len(worksheets))))
    idents = [f"variant-{ws.problem.variant:0{width}d}" for ws in worksheets]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        def add(name: str, text: str) -> None:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))

        add("imsmanifest.xml", manifest_xml(idents))
        for ident, ws in zip(idents, worksheets):
            add(f"{ident}/{ident}.xml", assessment_xml(ws, ident, points))
    return buffer.getvalue()
