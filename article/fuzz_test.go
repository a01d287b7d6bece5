package article

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics, that its only errors are
// front matter errors pointing into the source, and that every article it
// returns keeps the invariants checked by checkArticle.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "---\ntitle: 標題\n---\n正文", "---\r\nlang: zh-TW\r\n---\r\n甲\r\n乙",
		"a *b **c** d* \\* &amp; && e\nf\n\n## H ##\n\nT\n===\n",
		"> q1\n> q2\n\n- a\n- b\n  - c\n\n1. x\n\n2. y\n",
		"```go\ncode\n  x\n```\n\n    ind\n\n---\n![alt *t*](p.png \"Cap\")\n",
		"text ![i](x.png) more <b>bold</b> <https://x.y> [l](u \"t\")\n\n<div>\nhi\n</div>\n\n[r]: /u\n",
		"[![a](b.png)](c) ![x][r] ![y][] ![r]\n\n[r]: /i.png\n", ">\t\tcode\n", "`a\nb` *中*\n文",
		"<script>\nx\n</script>\n<!--\n", "---\ntitle: 黨建: 基層\n---\n", utf8BOM + "---\n---\n",
	} {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("testdata/*.md"); len(files) > 0 {
		for _, name := range files {
			if src, err := os.ReadFile(name); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := Parse(src)
		if err != nil {
			var fe *FrontMatterError
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FrontMatterError", err)
			}
			if fe.Span.Start < 0 || fe.Span.End > len(src) || fe.Span.Start > fe.Span.End {
				t.Fatalf("error span %v outside the source (%d bytes)", fe.Span, len(src))
			}
			return
		}
		checkArticle(t, a)
		_ = a.Text()
	})
}
