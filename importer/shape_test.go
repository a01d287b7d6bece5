package importer

import (
	"strings"
	"testing"
)

func TestReadDateline(t *testing.T) {
	for _, c := range []struct {
		in                   string
		source, author, date string
		ok                   bool
	}{
		{"來源：澎湃新聞　　發布時間：2018-10-12 09:53　【字號：大 中 小】", "澎湃新聞", "", "2018-10-12 09:53", true},
		{"来源：澎湃新闻\u00a0\u00a0发布时间：2018-10-12", "澎湃新闻", "", "2018-10-12", true},
		{"2018年10月12日　来源：澎湃新闻", "澎湃新闻", "", "2018-10-12", true},
		{"发布日期：2024/3/5 8:07 作者：王小明 浏览次数：35", "", "王小明", "2024-03-05 08:07", true},
		{"2024年3月15日", "", "", "2024-03-15", true},
		{"2024-03-15 09:30:12", "", "", "2024-03-15 09:30", true},
		{"2018年10月12日，上海市稅務局召開了會議，部署下一階段的工作。", "", "", "", false},
		{"今天天氣很好。", "", "", "", false},
		{"日期：2024-13-40", "", "", "", false},
	} {
		d, ok := readDateline(c.in)
		if ok != c.ok || d.source != c.source || d.author != c.author || d.date != c.date {
			t.Errorf("%q: %+v %v, want %q %q %q %v", c.in, d, ok, c.source, c.author, c.date, c.ok)
		}
	}
}

func TestNumberedLevel(t *testing.T) {
	for s, want := range map[string]int{
		"一、總體要求": 1, "十二、其他": 1, "（一）基本原則": 2, "(三)工作目標": 2, "1.加強領導": 3, "12．落實責任": 3, "3、分工": 3,
		"（1）定期檢查": 4, "(10)其他": 4, "1.5億元投資": 0, "2024年": 0, "一個人": 0, "總體要求": 0,
	} {
		if got := numberedLevel(s); got != want {
			t.Errorf("%q: level %d, want %d", s, got, want)
		}
	}
}

// A numbered line is a heading only when it is set apart: bold or centred,
// and short.
func TestLooksLikeHeading(t *testing.T) {
	b := block{kind: paraBlock, runs: []run{{text: "一、總體要求", bold: true}}, allBold: true}
	if looksLikeHeading(&b) != 1 {
		t.Error("a bold 一、 line is no heading")
	}
	b.allBold = false
	if looksLikeHeading(&b) != 0 {
		t.Error("a plain 一、 line is a heading")
	}
	long := block{kind: paraBlock, allBold: true, runs: []run{{text: "一、通過一級黨組織抓一級，層層定方案、管隊伍、推改革、抓落實，有力鞏固了黨在改革中的領導核心地位，在黨員幹部中凝聚起強大的改革合力。"}}}
	if looksLikeHeading(&long) != 0 {
		t.Error("a long bold paragraph is a heading")
	}
}

// Indentation typed with full-width spaces and line breaks goes; a line
// break followed by an indented line starts a paragraph.
func TestShapeIndentation(t *testing.T) {
	d := &document{blocks: []block{{kind: paraBlock, runs: []run{
		{hardBreak: true}, {text: "　　第一段。"}, {hardBreak: true}, {text: "　　第二段，"}, {text: "續。　 "}, {hardBreak: true},
	}}}}
	d.blocks = append(d.blocks, block{kind: paraBlock, runs: []run{
		{text: "第三段。"}, {hardBreak: true}, {hardBreak: true}, {text: "第四段"}, {hardBreak: true}, {text: "同一段。"},
	}})
	d.shape()
	var got []string
	for _, b := range d.blocks {
		got = append(got, text(b.runs))
	}
	if strings.Join(got, "|") != "第一段。|第二段，續。|第三段。|第四段同一段。" {
		t.Errorf("%q", got)
	}
	if !d.blocks[3].runs[1].hardBreak {
		t.Error("a line break inside a paragraph is gone")
	}
}

func TestChineseNumber(t *testing.T) {
	for n, want := range map[int]string{1: "一", 10: "十", 11: "十一", 20: "二十", 35: "三十五", 99: "九十九"} {
		if got := chineseNumber(n); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
}

// A title broken over two centred bold lines is one title; the centred
// dateline and the subtitle after it are not more of it.
func TestTitleOverTwoLines(t *testing.T) {
	cb := func(s string) block {
		return block{kind: paraBlock, centred: true, allBold: true, runs: []run{{text: s, bold: true}}}
	}
	d := &document{blocks: []block{
		cb("關於進一步加強"), cb("基層稅務所黨建工作的通知"), cb("——2024年工作要點"),
		{kind: paraBlock, centred: true, runs: []run{{text: "發布時間：2024-03-15"}}},
		{kind: paraBlock, runs: []run{{text: "正文。"}}},
	}}
	d.shape()
	if d.meta.title != "關於進一步加強基層稅務所黨建工作的通知" || d.meta.subtitle != "——2024年工作要點" || d.meta.date != "2024-03-15" {
		t.Errorf("%+v", d.meta)
	}
	if len(d.blocks) != 1 {
		t.Errorf("blocks %+v", d.blocks)
	}
	if got := joinLines("Annual Report", "2024"); got != "Annual Report 2024" {
		t.Errorf("Latin lines: %q", got)
	}
}

func TestDefaultTitle(t *testing.T) {
	for s, want := range map[string]bool{"新建 Microsoft Word 文档": true, "新增 Microsoft Word 文件": true, "Document1": true, "文档1": true,
		"": true, "黨建引領改革": false, "Documentation plan": false} {
		if defaultTitle(s) != want {
			t.Errorf("%q: %v", s, !want)
		}
	}
}
