package export

import (
	"bytes"
	"context"
	"testing"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/pdf"
)

// tenArticles is a bulletin of ten whole fixture articles (copies, some
// 17 000 characters and 19 pages at 中).
func tenArticles(b *testing.B) *BulletinJob {
	b.Helper()
	path, _ := writeBulletin(b, b.TempDir(), bulletinTexts(b, 10, true), "")
	job, err := OpenBulletin(path, fonts.NewLibrary())
	if err != nil {
		b.Fatal(err)
	}
	return job
}

// BenchmarkBulletinExport10 is the whole export of a ten-article bulletin
// in memory — layout, subsetting, PDF — with the faces parsed afresh each
// time, as in a new process.
func BenchmarkBulletinExport10(b *testing.B) {
	job := tenArticles(b)
	s := Settings{Preset: layout.Medium, Paper: layout.A4}
	var size, pages int
	for range b.N {
		job.Fonts = fonts.NewLibrary()
		doc, err := job.Layout(context.Background(), s)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := pdf.Write(&buf, doc, job.Fonts, images{""}, pdf.Info{Title: "t"}); err != nil {
			b.Fatal(err)
		}
		size, pages = buf.Len(), len(doc.Pages)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
	b.ReportMetric(float64(pages), "pages")
}

// BenchmarkBulletinRelayoutAfterEdit10 is what the bulletin pane does
// after a keystroke in one article of a ten-article bulletin: parse that
// article again and lay the whole bulletin out, the other articles'
// paragraphs coming from the cache.
func BenchmarkBulletinRelayoutAfterEdit10(b *testing.B) {
	job := tenArticles(b)
	s := Settings{Preset: layout.Medium, Paper: layout.A4}
	job.Cache = &layout.Cache{}
	ctx := context.Background()
	if _, err := job.Layout(ctx, s); err != nil {
		b.Fatal(err)
	}
	src := job.Articles[3].Source
	mid := bytes.Index(src[len(src)/2:], []byte("。")) + len(src)/2
	b.ResetTimer()
	for i := range b.N {
		// A new character each time, so the edited paragraph is never cached.
		edited := append(append(append([]byte(nil), src[:mid]...), string(rune('一'+i%20000))...), src[mid:]...)
		a, err := article.Parse(edited)
		if err != nil {
			b.Fatal(err)
		}
		job.Articles[3] = a
		if _, err := job.Layout(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
}
