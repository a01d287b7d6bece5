package article

import (
	"fmt"
	"strings"
	"testing"
)

// Walk visits every block, nested ones included, in source order.
func TestWalk(t *testing.T) {
	a := mustParse(t, "---\ntitle: 甲\n---\n\n段一\n\n> 引文\n>\n> - 項一\n>   - 項二\n\n## 標題\n\n![](p.png)\n")
	var got []string
	Walk(a.Blocks, func(b Block) { got = append(got, strings.TrimPrefix(fmt.Sprintf("%T", b), "*article.")) })
	if want := "Paragraph Quote Paragraph List Paragraph List Paragraph Heading Figure"; strings.Join(got, " ") != want {
		t.Errorf("visited %s, want %s", strings.Join(got, " "), want)
	}
}
