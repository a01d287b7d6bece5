#!/usr/bin/python3
"""Makes the saved web pages the importer's tests read, each laid out the
way a kind of real site lays out its news pages, and beside each NAME.html
the NAME.expect.json the import must give (the same format as
../docx/make.py writes): the article's text one line per paragraph, its
headings and its front matter — written here from the same strings the
page is made of.

- tax-bureau.html: the seed article (../../../export/testdata/seed-tax-article.md)
  as the tax bureau's site published it: Big5, a table layout, banner,
  navigation, breadcrumb, the 字號 switch, 列印本頁 and 關閉視窗, related
  articles, the footer with 主辦單位 and ICP.
- gov-cn.html: a State Council-style page (www.gov.cn): GB2312, the
  ArticleTitle/PubDate/ContentSource metas, div.pages_content, a picture
  saved beside the page in gov-cn_files/ with its caption.
- wechat.html: an article of a WeChat official account (mp.weixin.qq.com) as a
  browser saves it: the account's name instead of a dateline, <section> and
  <span style="color…"> everywhere, a picture that was loaded (saved in
  wechat_files/) and one still lazy (data-src only), the QR code and the
  "阅读原文" bar.
- county.html: an old county government page: GBK without a declared
  charset, one layout table whose row holds the left menu and the article,
  the article's paragraphs in one cell separated by <br><br> and 　　.
- company.html: a company's news page: UTF-8 HTML5 with header, nav,
  main > article, time, h2 subheadings, a list, links, figure, an aside of
  related news and a footer.

Run from this folder: /usr/bin/python3 make.py
"""
import html, json, os, struct, zlib

E = html.escape


def save(name, page, encoding, expect):
    with open(name + ".html", "wb") as f:
        # What the encoding lacks (the seed's 説) is written as a character reference, as browsers save it.
        f.write(page.encode(encoding, "xmlcharrefreplace"))
    with open(name + ".expect.json", "w", encoding="utf-8") as f:
        json.dump(expect, f, ensure_ascii=False, indent=1)
        f.write("\n")


def seed():
    """The seed article's front matter and body: (title, source, date, blocks)."""
    src = open("../../../export/testdata/seed-tax-article.md", encoding="utf-8").read()
    _, fm, body = src.split("---\n", 2)
    meta = dict(line.split(": ", 1) for line in fm.strip().splitlines())
    blocks = [b.strip() for b in body.strip().split("\n\n")]
    return meta, blocks


def tax_bureau():
    meta, blocks = seed()
    paras, lines, heads = [], [meta["title"]], []
    for b in blocks:
        if b.startswith("## "):
            h = b[3:]
            paras.append('<p style="text-align:left"><strong>%s</strong></p>' % E(h))
            lines.append(h)
            heads.append([2, h])
        else:
            paras.append('<p style="text-indent:2em">\u3000\u3000%s</p>' % E(b))
            lines.append(b)
    page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5" />
<title>%(title)s_國家稅務總局上海市稅務局</title>
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery.js"></script>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
<div class="top">
  <div class="top_banner"><img src="images/banner.jpg" width="1000" height="120" alt="國家稅務總局上海市稅務局" /></div>
  <div class="top_link"><a href="/">首頁</a> | <a href="/english/">English</a> | <a href="javascript:AddFavorite();">加入收藏</a></div>
</div>
<div class="nav">
  <ul>
    <li><a href="/">首頁</a></li><li><a href="/xxgk/">信息公開</a></li><li><a href="/nsfw/">納稅服務</a></li>
    <li><a href="/zcfg/">政策法規</a></li><li><a href="/hdjl/">互動交流</a></li><li><a href="/xwdt/">新聞動態</a></li>
  </ul>
</div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left_menu">
      <div class="lm_title">新聞動態</div>
      <ul><li><a href="/xwdt/swyw/">稅務要聞</a></li><li><a href="/xwdt/jcdt/">基層動態</a></li><li><a href="/xwdt/mtbd/">媒體報道</a></li></ul>
    </td>
    <td width="780" valign="top">
      <div class="position">當前位置：<a href="/">首頁</a> &gt; <a href="/xwdt/">新聞動態</a> &gt; <a href="/xwdt/mtbd/">媒體報道</a></div>
      <table width="100%%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="bt_title" align="center">%(title)s</td></tr>
        <tr><td align="center" class="bt_info">來源：%(source)s&nbsp;&nbsp;&nbsp;&nbsp;發布時間：%(date)s&nbsp;&nbsp;&nbsp;&nbsp;【字號：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td class="bt_content"><div id="zoom">
%(body)s
        </div></td></tr>
        <tr><td align="right" class="bt_print">【<a href="javascript:window.print()">列印本頁</a>】【<a href="javascript:window.close()">關閉視窗</a>】</td></tr>
      </table>
      <div class="xgxw"><div class="xgxw_title">相關新聞</div>
        <ul>
          <li><a href="/xwdt/1.html">上海稅務：深化“放管服”改革 優化稅收營商環境，為納稅人提供更加便捷高效的辦稅服務</a></li>
          <li><a href="/xwdt/2.html">國稅地稅徵管體制改革穩步推進，全市辦稅服務廳實現“一廳通辦”，納稅人滿意度持續提升</a></li>
        </ul>
      </div>
    </td>
  </tr>
</table>
<div class="footer">
  <p>主辦單位：國家稅務總局上海市稅務局　地址：上海市浦東新區世博村路300號　電話：12366</p>
  <p>網站標識碼：bm29310001　滬ICP備05004517號　滬公網安備 31011502000001號</p>
</div>
</body>
</html>
""" % {"title": E(meta["title"]), "source": E(meta["source"]), "date": meta["date"], "body": "\n".join(paras)}
    save("tax-bureau", page, "big5", {"title": meta["title"], "source": meta["source"], "date": meta["date"],
                                      "lines": lines, "headings": heads, "pictures": 0})


def png(w, h):
    rows = b"".join(b"\x00" + (b"\x30\x90\x30" if y < h // 2 else b"\xf0\xf0\x20") * w for y in range(h))
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def gov_cn():
    title = "国务院办公厅印发《关于进一步优化政务服务提升行政效能的意见》"
    source, date = "中国政府网", "2024-03-15 09:30"
    paras = [
        "新华社北京3月15日电 近日，国务院办公厅印发《关于进一步优化政务服务提升行政效能的意见》（以下简称《意见》）。",
        "《意见》提出，要坚持以人民为中心的发展思想，推动政务服务从“能办”向“好办”转变，更好满足企业和群众办事需求。",
        "《意见》明确，到2025年，政务服务标准化、规范化、便利化水平大幅提升，高频政务服务事项实现“一网通办”。",
        "《意见》要求，各地区各部门要加强组织领导，细化工作举措，确保各项任务落到实处。",
    ]
    caption = "3月15日，市民在某区政务服务中心办理业务。新华社记者 张三 摄"
    os.makedirs("gov-cn_files", exist_ok=True)
    with open("gov-cn_files/photo.png", "wb") as f:
        f.write(png(160, 100))
    body = "\n".join('<p style="text-indent: 2em; font-family: 宋体;">%s</p>' % E(p) for p in paras[:2])
    body += '\n<p style="text-align: center;"><img src="gov-cn_files/photo.png" alt="" /></p>'
    body += '\n<p style="text-align: center; text-indent: 2em;"><span style="font-family: 楷体;">%s</span></p>\n' % E(caption)
    body += "\n".join('<p style="text-indent: 2em; font-family: 宋体;">%s</p>' % E(p) for p in paras[2:])
    body += '\n<p style="text-indent: 2em;">《意见》全文见<a href="http://www.gov.cn/zhengce/content/2024-03/15/content_5000000.htm" target="_blank">中国政府网</a>。</p>'
    link_para = "《意见》全文见中国政府网。"
    page = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="ArticleTitle" content="%(title)s" />
<meta name="PubDate" content="%(date)s" />
<meta name="ContentSource" content="%(source)s" />
<meta name="keywords" content="政务服务;行政效能" />
<title>%(title)s_政策解读_中国政府网</title>
<link rel="canonical" href="https://www.gov.cn/zhengce/2024-03/15/content_5000001.htm" />
<style>.pages_content p{line-height:2}</style>
</head>
<body>
<div class="header">
  <div class="header_top"><a href="https://www.gov.cn/" class="logo"><img src="https://www.gov.cn/images/logo.png" alt="中国政府网" /></a>
  <div class="search"><form action="/search"><input type="text" name="q" /><button>搜索</button></form></div></div>
  <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zhuanti/">专题</a></li><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li></ul></div>
</div>
<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 政策解读</div>
<div class="article oneColumn pub_border">
  <h1>%(title)s</h1>
  <div class="pages-date">%(date)s&nbsp;&nbsp;&nbsp;<span class="font">来源： %(source)s</span>
    <span class="font index_switchsize">字号：<span onclick="doZoom(16)">默认</span> <span onclick="doZoom(18)">大</span> <span onclick="doZoom(20)">超大</span></span>
    <span class="font">|</span><a class="font printIco" href="javascript:window.print()">打印</a> <span class="font">|</span> <a href="#" class="font bdsharebuttonbox">分享</a>
  </div>
  <div class="pages_content" id="UCAP-CONTENT">
%(body)s
  </div>
  <div class="editor">【我要纠错】 责任编辑：李四</div>
</div>
<div class="related"><h3>相关稿件</h3><ul><li><a href="/1.htm">国务院常务会议部署优化政务服务工作，推动更多事项“一网通办”、“跨省通办”</a></li><li><a href="/2.htm">政务服务“好差评”制度全面推行，企业群众办事满意度明显提升</a></li></ul></div>
<div class="footer"><p>主办单位：国务院办公厅　运行维护单位：中国政府网运行中心</p><p>版权所有：中国政府网　中文域名：中国政府网.政务　网站标识码bm01000001　京ICP备05070218号　京公网安备11010202000001号</p></div>
</body>
</html>
""" % {"title": E(title), "date": date, "source": E(source), "body": body}
    save("gov-cn", page, "gb2312", {"title": title, "source": source, "date": date,
                                    "lines": [title] + paras[:2] + [caption] + paras[2:] + [link_para],
                                    "headings": [], "pictures": 1})


def company():
    title = "华新科技发布2024年度社会责任报告"
    date = "2024-04-02 10:00"
    intro = "4月2日，华新科技股份有限公司在深圳发布《2024年度社会责任报告》，全面展示公司在绿色发展、员工关怀和公益事业方面的工作。"
    h1 = "绿色发展"
    p1 = "过去一年，公司数据中心的用电效率提升12%，光伏发电装机容量达到30兆瓦。"
    items = ["建成零碳示范园区1个", "废旧设备回收率达到98%", "供应商绿色认证覆盖率超过80%"]
    h2 = "员工与公益"
    p2a, p2link, p2b = "公司全年投入公益资金1.2亿元，详见", "报告全文", "。"
    url = "https://www.huaxin-tech.example/csr/2024.pdf"
    contact = "媒体联络：品牌部 电话 0755-1234 5678"
    page = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="%(title)s">
<meta property="og:url" content="https://www.huaxin-tech.example/news/2024/0402.html">
<meta property="article:published_time" content="2024-04-02T10:00:00+08:00">
<title>%(title)s | 华新科技 - 新闻中心</title>
<script>window.dataLayer=[];</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/img/logo.svg" alt="华新科技"></a>
  <nav class="main-nav"><a href="/">首页</a><a href="/products/">产品</a><a href="/news/">新闻中心</a><a href="/about/">关于我们</a><a href="/contact/">联系我们</a></nav>
</header>
<main>
  <article class="news-detail">
    <header>
      <h1 class="news-title">%(title)s</h1>
      <p class="meta"><time datetime="2024-04-02T10:00">发布时间：2024-04-02 10:00</time> · 来源：华新科技</p>
    </header>
    <div class="share-bar"><a href="#">微信</a> <a href="#">微博</a> <a href="#">复制链接</a></div>
    <div class="article-body">
      <p>%(intro)s</p>
      <h2>%(h1)s</h2>
      <p>%(p1)s</p>
      <ul>%(items)s</ul>
      <h2>%(h2)s</h2>
      <p>%(p2a)s<a href="%(url)s">%(p2link)s</a>%(p2b)s</p>
      <p>%(contact)s</p>
    </div>
  </article>
  <aside class="related-news">
    <h3>相关新闻</h3>
    <ul><li><a href="/news/2024/0301.html">华新科技荣获“年度绿色企业”称号，多项减排举措获行业认可</a></li><li><a href="/news/2024/0215.html">华新科技2023年营收同比增长18%%，研发投入再创新高</a></li></ul>
  </aside>
</main>
<footer class="site-footer"><p>© 2024 华新科技股份有限公司 版权所有　粤ICP备12345678号</p><p><a href="/privacy/">隐私政策</a> | <a href="/sitemap/">网站地图</a></p></footer>
</body>
</html>
""" % {"title": E(title), "intro": E(intro), "h1": E(h1), "p1": E(p1), "h2": E(h2),
       "items": "".join("<li>%s</li>" % E(i) for i in items), "p2a": E(p2a), "p2link": E(p2link),
       "p2b": E(p2b), "url": url, "contact": E(contact)}
    save("company", page, "utf-8", {"title": title, "source": "华新科技", "date": date,
                                    "lines": [title, intro, h1, p1] + items + [h2, p2a + p2link + p2b, contact],
                                    "headings": [[2, h1], [2, h2]], "pictures": 0})


def wechat():
    title = "税收优惠政策“一图读懂”：小微企业这样享受"
    paras = [
        "近日，国家税务总局发布公告，进一步明确小微企业和个体工商户所得税优惠政策。",
        "符合条件的小型微利企业，年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额。",
        "纳税人可通过电子税务局在线办理，无需额外提交资料。",
    ]
    head = "一、谁可以享受？"
    caption = "图为办税服务厅工作人员为纳税人讲解政策"
    os.makedirs("wechat_files", exist_ok=True)
    with open("wechat_files/640.png", "wb") as f:
        f.write(png(200, 120))
    span = '<span style="font-size: 15px; color: rgb(62, 62, 62); letter-spacing: 1px;">%s</span>'
    body = '<section style="margin: 0 8px;"><p style="text-align: justify;">%s</p></section>\n' % (span % E(paras[0]))
    body += '<section><p style="text-align: center;"><strong><span style="color: rgb(0, 112, 192);">%s</span></strong></p></section>\n' % E(head)
    body += '<p style="text-align: justify;">%s</p>\n' % (span % E(paras[1]))
    body += '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png" src="wechat_files/640.png" data-ratio="0.6" data-w="1080" alt="" /></p>\n'
    body += '<p style="text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">%s</span></p>\n' % E(caption)
    body += '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/def/640?wx_fmt=png" data-ratio="0.5" data-w="1080" alt="" /></p>\n'
    body += '<p style="text-align: justify;">%s</p>\n' % (span % E(paras[2]))
    page = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta property="og:title" content="%(title)s">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA3&amp;mid=2650">
<meta property="og:site_name" content="微信公众平台">
<title>%(title)s</title>
<script>var ct = "1710466200"; var nickname = "上海税务";</script>
</head>
<body id="activity-detail" class="zh_CN">
<div class="rich_media_wrp" id="js_article">
  <div class="rich_media_inner">
    <div id="page-content" class="rich_media_area_primary">
      <h1 class="rich_media_title" id="activity-name">
          %(title)s
      </h1>
      <div id="meta_content" class="rich_media_meta_list">
        <span class="rich_media_meta rich_media_meta_text">上海税务</span>
        <span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">上海税务</a></span>
        <em id="publish_time" class="rich_media_meta rich_media_meta_text"></em>
      </div>
      <div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
%(body)s
      </div>
      <div class="rich_media_tool" id="js_toobar3"><a class="media_tool_meta meta_primary" id="js_view_source" href="##">阅读原文</a> <span id="js_read_area3">阅读 <span id="readNum3">2041</span></span> <span class="media_tool_meta meta_extra" id="js_like_area">在看</span></div>
    </div>
    <div class="qr_code_pc_outer" id="js_pc_qr_code"><div class="qr_code_pc"><img class="qr_code_pc_img" src="wechat_files/qrcode.png" width="140" height="140"><p>微信扫一扫<br>关注该公众号</p></div></div>
  </div>
</div>
</body>
</html>
""" % {"title": E(title), "body": body}
    save("wechat", page, "utf-8", {"title": title, "lines": [title, paras[0], head, paras[1], caption, paras[2]],
                                   "headings": [[2, head]], "pictures": 1,
                                   "warnings": ["text colours", "mmbiz_png/def/640"]})


def county():
    title = "县政府召开2024年安全生产工作会议"
    paras = [
        "3月12日上午，县政府召开2024年安全生产工作会议，总结去年工作，部署今年任务。",
        "会议指出，2023年全县安全生产形势总体平稳，各类事故起数和死亡人数实现“双下降”。",
        "会议强调，各乡镇、各部门要压紧压实安全生产责任，深入开展隐患排查整治，坚决遏制重特大事故发生。",
        "县应急管理局、县交通运输局等单位作了交流发言。",
    ]
    menu = "".join('<tr><td class="menu_item"><a href="/%d.html">%s</a></td></tr>' % (i, m) for i, m in
                   enumerate(["政务公开", "政策文件", "工作动态", "通知公告", "人事信息", "办事指南"]))
    page = """<html>
<head>
<title>%(title)s</title>
</head>
<body bgcolor="#ffffff">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/top.jpg" width="980" height="150"></td></tr>
<tr><td colspan="2" class="daohang"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr>
<tr>
  <td width="200" valign="top"><table width="100%%">%(menu)s</table></td>
  <td width="780" valign="top">
    <table width="100%%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="40" align="center"><font size="5"><b>%(title)s</b></font></td></tr>
      <tr><td align="center" class="hui12">发布日期：2024-03-12&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县政府办公室&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：328</td></tr>
      <tr><td class="text14">&nbsp;&nbsp;&nbsp;&nbsp;%(body)s</td></tr>
      <tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
    </table>
  </td>
</tr>
<tr><td colspan="2" align="center" class="bottom">主办：某某县人民政府办公室　技术支持：某某网络公司<br>备案号：某ICP备12345678号</td></tr>
</table>
</body>
</html>
""" % {"title": E(title), "menu": menu, "body": "<br><br>&nbsp;&nbsp;&nbsp;&nbsp;".join(E(p) for p in paras)}
    save("county", page, "gbk", {"title": title, "source": "县政府办公室", "date": "2024-03-12",
                                 "lines": [title] + paras, "headings": [], "pictures": 0})


tax_bureau()
gov_cn()
wechat()
county()
company()
