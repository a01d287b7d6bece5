package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/paiban/paiban/article"
)

const (
	hantText = "臺北市推動智慧城市計畫\r\n\r\n　　臺北市政府今日宣布，首波服務正式上線。\r\n\r\n　　市民可透過「臺北通」申辦各項業務。\r\n"
	hansText = "上海税务推进征管体制改革\n　　最近，上海徐汇区税务局召开了“组织生活公开课”。\n\n　　各单位党组织牢牢把握加强党的全面领导的政治主题。\n"
)

// A text file in each encoding offices save in reads as the same article:
// the title, then one paragraph a line, without the indentation.
func TestTextEncodings(t *testing.T) {
	for _, c := range []struct {
		name, text string
		enc        encoding.Encoding
		title      string
		paras      []string
	}{
		{"utf-8", hantText, nil, "臺北市推動智慧城市計畫", []string{"臺北市政府今日宣布，首波服務正式上線。", "市民可透過「臺北通」申辦各項業務。"}},
		{"utf-8 with bom", "\uFEFF" + hansText, nil, "上海税务推进征管体制改革", []string{"最近，上海徐汇区税务局召开了“组织生活公开课”。", "各单位党组织牢牢把握加强党的全面领导的政治主题。"}},
		{"utf-16le", hantText, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "臺北市推動智慧城市計畫", []string{"臺北市政府今日宣布，首波服務正式上線。", "市民可透過「臺北通」申辦各項業務。"}},
		{"utf-16be", hansText, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "上海税务推进征管体制改革", []string{"最近，上海徐汇区税务局召开了“组织生活公开课”。", "各单位党组织牢牢把握加强党的全面领导的政治主题。"}},
		{"gb18030", hansText, simplifiedchinese.GB18030, "上海税务推进征管体制改革", []string{"最近，上海徐汇区税务局召开了“组织生活公开课”。", "各单位党组织牢牢把握加强党的全面领导的政治主题。"}},
		{"gbk", hansText, simplifiedchinese.GBK, "上海税务推进征管体制改革", []string{"最近，上海徐汇区税务局召开了“组织生活公开课”。", "各单位党组织牢牢把握加强党的全面领导的政治主题。"}},
		{"big5", hantText, traditionalchinese.Big5, "臺北市推動智慧城市計畫", []string{"臺北市政府今日宣布，首波服務正式上線。", "市民可透過「臺北通」申辦各項業務。"}},
		{"no title", "今天天氣很好。\n我們去公園。\n", nil, "", []string{"今天天氣很好。", "我們去公園。"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			data := []byte(c.text)
			if c.enc != nil {
				var err error
				if data, err = c.enc.NewEncoder().Bytes(data); err != nil {
					t.Fatal(err)
				}
			}
			p := filepath.Join(t.TempDir(), "in.txt")
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := File(p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			a, err := article.Parse(res.Markdown)
			if err != nil {
				t.Fatal(err)
			}
			if a.Meta.Title != c.title {
				t.Errorf("title %q, want %q", a.Meta.Title, c.title)
			}
			var got []string
			for _, b := range a.Blocks {
				p, ok := b.(*article.Paragraph)
				if !ok {
					t.Fatalf("block %T", b)
				}
				got = append(got, p.Inlines[0].Text)
			}
			if strings.Join(got, "|") != strings.Join(c.paras, "|") {
				t.Errorf("paragraphs %q, want %q", got, c.paras)
			}
		})
	}
}

func TestTextUnknownEncoding(t *testing.T) {
	if _, err := readText([]byte{'a', 0x80, 0xff, 0x80}); err == nil {
		t.Error("bytes of no encoding read")
	}
}
