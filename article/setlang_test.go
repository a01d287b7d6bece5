package article

import "testing"

func TestSetLang(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"replace", "---\nlang: zh-Hant\n---\n正文", "---\nlang: zh-Hans\n---\n正文"},
		{"keep comment", "---\nlang: zh-Hant  # 繁\n---\n", "---\nlang: zh-Hans  # 繁\n---\n"},
		{"any case", "---\nLang: zh-TW\n---\n", "---\nLang: zh-Hans\n---\n"},
		{"add", "---\ntitle: 標題\n---\n正文", "---\ntitle: 標題\nlang: zh-Hans\n---\n正文"},
		{"CRLF", "---\r\ntitle: 標題\r\n---\r\n正文", "---\r\ntitle: 標題\r\nlang: zh-Hans\r\n---\r\n正文"},
		{"CRLF replace", "---\r\nlang: zh-Hant\r\n---\r\n", "---\r\nlang: zh-Hans\r\n---\r\n"},
		{"no front matter", "正文", "---\nlang: zh-Hans\n---\n\n正文"},
		{"byte order mark", "\uFEFF正文", "\uFEFF---\nlang: zh-Hans\n---\n\n正文"},
		{"nested key left alone", "---\nmeta:\n  lang: x\n---\n", "---\nmeta:\n  lang: x\nlang: zh-Hans\n---\n"},
	} {
		if got := string(SetLang([]byte(tc.in), Hans)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
