#!/usr/bin/python3
"""Makes the Chinese office documents the importer's tests read, with
Debian's python3-docx, formatted the way offices format them: a centred
bold title (or the Title style), a dateline, paragraphs indented with two
full-width spaces, bold 一、（一） headings on their own lines, a table, a
picture, a footnote, a tracked change, a hyperlink, a list, a manual line
break. Beside each NAME.docx it writes NAME.expect.json: the text the
document shows, one line per paragraph as the article should have it,
and its headings — written here, from the same strings the document is
made of, never by the importer.

Run from this folder: /usr/bin/python3 make.py
"""
import copy, datetime, json, struct, zlib

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

FW = "\u3000\u3000"  # the two full-width spaces offices indent with


def png(w, h):
    """A small PNG picture: two coloured bands."""
    rows = b""
    for y in range(h):
        colour = b"\xc0\x20\x20" if y < h // 2 else b"\x20\x40\xc0"
        rows += b"\x00" + colour * w
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def run_font(run, bold=False, size=None, east_asia="宋体"):
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asia)


def centred_bold(doc, text, size=22):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run(text), bold=True, size=size, east_asia="方正小标宋简体")
    return p


def body(doc, text):
    """A paragraph typed the office way: two full-width spaces first."""
    p = doc.add_paragraph()
    run_font(p.add_run(FW + text))
    return p


def bold_heading(doc, text):
    p = doc.add_paragraph()
    run_font(p.add_run(FW + text), bold=True, east_asia="黑体")
    return p


def add_footnotes(doc, notes):
    """python-docx writes no footnotes: add the part by hand."""
    xml = ('<w:footnotes %s>' % nsdecls("w") +
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for i, text in enumerate(notes, 1):
        xml += ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, text))
    xml += '</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(p, n):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    p._p.append(r)


def tracked(p, kind, text):
    """A tracked insertion (w:ins) or deletion (w:del) by 審稿人."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(abs(hash(text)) % 1000 + 100))
    el.set(qn("w:author"), "審稿人")
    el.set(qn("w:date"), "2024-03-14T10:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def hyperlink(doc, p, text, url):
    rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    h.append(r)
    p._p.append(h)


def field(p, instr, shown):
    """A complex field (PAGE, DATE…) showing its result."""
    def r_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        p._p.append(r)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r_with(b)
    i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr; r_with(i)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r_with(s)
    t = OxmlElement("w:t"); t.text = shown; r_with(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r_with(e)


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    return t


def properties(doc, title, author, created):
    cp = doc.core_properties
    cp.title, cp.author, cp.created = title, author, created
    cp.last_modified_by = author


def save(doc, name, expect):
    doc.save(name + ".docx")
    with open(name + ".expect.json", "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")


def office_hant():
    """A Taipei office's news release as Word types it: direct formatting."""
    doc = Document()
    properties(doc, "新增 Microsoft Word 文件", "陳美玲", datetime.datetime(2024, 3, 14, 8, 0))
    # A Chinese heading style, and one based on it, as a Taiwanese template has.
    h1 = doc.styles.add_style("標題 1", WD_STYLE_TYPE.PARAGRAPH)
    h1.base_style = doc.styles["Normal"]
    h1.font.bold = True
    sub = doc.styles.add_style("新聞小標", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = doc.styles["Heading 2"]

    lines, heads = [], []
    title = "臺北市推動「智慧城市2030」計畫"
    centred_bold(doc, title)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run_font(p.add_run("來源：臺北市政府資訊局　　發布時間：2024-03-15 09:30"), size=10.5)

    t1 = "臺北市政府今（15）日宣布，「智慧城市2030」計畫首波15項服務正式上線，市民可透過「臺北通」App申辦各項業務。"
    p = body(doc, t1)
    footnote_ref(p, 1)
    lines.append(t1 + "[1]")

    h = "一、便民服務全面數位化"
    bold_heading(doc, h); lines.append(h); heads.append([2, h])

    t2a, ins, dele, t2b = "資訊局局長表示，", "今年", "去年", "將有超過200項申辦案件可全程線上辦理，民眾不必再臨櫃排隊。"
    p = body(doc, t2a)
    tracked(p, "ins", ins)
    tracked(p, "del", dele)
    run_font(p.add_run(t2b))
    lines.append(t2a + ins + t2b)

    h = "（一）線上申辦"
    bold_heading(doc, h); lines.append(h); heads.append([3, h])
    t3 = "市民登入後即可查詢案件進度，詳情請見"
    p = body(doc, t3)
    hyperlink(doc, p, "臺北市政府網站", "https://www.gov.taipei/")
    run_font(p.add_run("。"))
    lines.append(t3 + "臺北市政府網站" + "。")

    # A Word list with its numbering.
    for item in ["戶籍謄本申請", "停車費查詢與繳納", "市民意見信箱"]:
        p = doc.add_paragraph(style="List Number")
        run_font(p.add_run(item))
        lines.append(item)

    h = "二、各區服務據點"
    p = doc.add_paragraph(style="標題 1")
    p.add_run(h)
    lines.append(h); heads.append([2, h])

    rows = [["行政區", "據點", "服務時間"], ["中正區", "市政大樓1樓", "週一至週五 8:30-17:30"], ["信義區", "信義區公所", "週一至週六 9:00-17:00"]]
    table(doc, rows)
    lines += ["\t".join(r) for r in rows]

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    with open("/tmp/paiban-import-pic.png", "wb") as f:
        f.write(png(120, 80))
    p.add_run().add_picture("/tmp/paiban-import-pic.png", width=Cm(6))
    # python-docx names the picture after its file; an office writes a description.
    doc.inline_shapes[0]._inline.docPr.set("descr", "智慧城市服務示意圖")
    lines.append("智慧城市服務示意圖")

    h = "新聞聯絡人"
    p = doc.add_paragraph(style="新聞小標")
    p.add_run(h)
    lines.append(h); heads.append([3, h])

    # Lines typed with manual breaks and full-width spaces to align them.
    p = doc.add_paragraph()
    r = p.add_run(FW + "資訊局　王大明")
    r.add_break()
    p.add_run(FW + "電話：(02)2720-8889")
    lines += ["資訊局　王大明", "電話：(02)2720-8889"]

    t4 = "本新聞稿第"
    p = body(doc, t4)
    field(p, "PAGE", "1")
    run_font(p.add_run("頁，共1頁。"))
    lines.append(t4 + "1" + "頁，共1頁。")

    note = "計畫全文見臺北市政府公報。"
    add_footnotes(doc, [note])
    lines.append("[1] " + note)
    save(doc, "office-hant", {"title": title, "source": "臺北市政府資訊局", "date": "2024-03-15 09:30",
                              "author": "陳美玲", "lines": [title] + lines, "headings": heads, "pictures": 1})


def office_hans():
    """A tax bureau's article as WPS types it: Title style, numbered headings."""
    doc = Document()
    properties(doc, "党建引领改革", "Administrator", datetime.datetime(2018, 10, 11, 16, 20))
    lines, heads = [], []
    title = "党建引领改革：基层战斗堡垒强起来"
    p = doc.add_paragraph(style="Title")
    p.add_run(title)
    sub = "——上海税务系统推进征管体制改革纪实"
    p = doc.add_paragraph(style="Subtitle")
    p.add_run(sub)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("2018年10月12日　来源：澎湃新闻")

    def para(text):
        body(doc, text); lines.append(text)

    def head(text, level):
        p = bold_heading(doc, text)
        lines.append(text); heads.append([level, text])

    para("最近，上海徐汇区税务局的一个基层税务所党支部召开了别开生面的“组织生活公开课”。")
    head("一、党组织吹响改革“集结号”", 2)
    para("为此，市局党组要求各单位深化党建引领，稳步推进国税地税征管体制改革。")
    head("（一）市局层面", 3)
    p = body(doc, "在市局，党组成员主持召开了40余场机构改革相关会议，")
    r = p.add_run("制发60余件改革文件")
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    p.add_run("；")
    lines.append("在市局，党组成员主持召开了40余场机构改革相关会议，制发60余件改革文件；")
    head("1.基层层面", 4)
    para("在各基层税务部门，党组织围绕机构改革工作开展专题学习讨论102次。")
    head("（1）联系点", 5)
    para("在全市286个领导干部基层党建联系点，“三个谈心全覆盖”工作遍及近9000人次。")
    # A bold sentence that starts like a heading but is no heading: a whole paragraph.
    long = "1.通过一级党组织抓一级，层层定方案、管队伍、推改革、抓落实，有力巩固了党在改革中的领导核心地位，在党员干部中凝聚起强大的改革合力。"
    p = doc.add_paragraph()
    run_font(p.add_run(FW + long), bold=True)
    lines.append(long)
    head("二、“一切改革任务到支部”", 2)
    para("这几天，晒“账本”、比分数成了奉贤区税务局党员干部见面时的热门话题。")
    rows = [["项目", "数量"], ["党员示范岗", "104个"], ["党员先锋岗", "142个"], ["党员责任区", "93个"]]
    table(doc, rows)
    lines += ["\t".join(r) for r in rows]
    # The signature, right-aligned with full-width spaces and a line break.
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("上海市税务局")
    r.add_break()
    p.add_run("　　　　2018年10月12日")
    lines += ["上海市税务局", "2018年10月12日"]
    save(doc, "office-hans", {"title": title, "subtitle": sub, "source": "澎湃新闻", "date": "2018-10-12",
                              "author": "", "lines": [title, sub] + lines, "headings": heads, "pictures": 0,
                              "warnings": ["colours"]})


def office_extras():
    """What an article cannot hold: a text box, an equation (both warned
    about), hidden text (left out, as Word leaves it out of print)."""
    doc = Document()
    properties(doc, "", "python-docx", datetime.datetime(2024, 5, 6, 1, 0))
    lines = []
    p = body(doc, "本段之後有一個文字方塊。")
    lines.append("本段之後有一個文字方塊。")
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        '<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1800000" cy="500000"/><wp:wrapNone/><wp:docPr id="5" name="文字方塊 5"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        '<wps:txbx><w:txbxContent><w:p><w:r><w:t>附件：統計表</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>' % nsdecls("w")))
    p = body(doc, "公式：")
    p._p.append(parse_xml(
        '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
        '<m:r><m:t>E=m</m:t></m:r><m:sSup><m:e><m:r><m:t>c</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup></m:oMath>'))
    lines.append("公式：E=mc2")
    p = body(doc, "看得見的文字。")
    r = p.add_run("隱藏的文字。")
    r.font.hidden = True
    lines.append("看得見的文字。")
    save(doc, "office-extras", {"title": "", "source": "", "date": "2024-05-06", "author": "",
                                "lines": lines, "headings": [], "pictures": 0, "warnings": ["text box", "equation"]})


office_hant()
office_hans()
office_extras()

# The same documents as LibreOffice writes them — through its own format,
# back to .docx (NAME.lo.docx) and to Word 97 (NAME.doc) — when it is
# installed.
import os, shutil, subprocess, tempfile
if shutil.which("soffice"):
    tmp = tempfile.mkdtemp()
    for name in ["office-hant", "office-hans"]:
        def convert(src, to):
            subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                            "--convert-to", to, "--outdir", tmp, src], check=True, capture_output=True)
        convert(name + ".docx", "odt")
        convert(os.path.join(tmp, name + ".odt"), "docx:MS Word 2007 XML")
        shutil.copy(os.path.join(tmp, name + ".docx"), name + ".lo.docx")
        convert(name + ".docx", "doc:MS Word 97")
        shutil.copy(os.path.join(tmp, name + ".doc"), name + ".doc")
    shutil.rmtree(tmp)
