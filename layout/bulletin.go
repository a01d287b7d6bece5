package layout

import (
	"context"
	"time"

	"github.com/paiban/paiban/article"
)

// A bulletin (簡報, 工作動態, 信息專報) is several articles printed as one
// issue, laid out as one document:
//
//	┌──────────── page 1 ────────────┐      ┌──────────── last page ─────┐
//	│ 內部資料               編號 0123 │      │ …the last article's text   │
//	│        稅務工作動態 (red)        │      │                            │
//	│           第 5 期               │      │                            │
//	│ 編印單位            2024年6月6日 │      │ ────────────────────────── │
//	│ ════════════ (red rule) ═══════ │      │ 報：…                       │
//	│             目　錄              │      │ 送：…                       │
//	│ 標題一 ……………………………………… 1   │      │ 發：…                       │
//	│ 編者按：…                       │      │                （共印 80 份）│
//	│ 標題一 (as a single export)     │      │ ────────────────────────── │
//	└──────────── — 1 — ─────────────┘      └──────────── — N — ─────────┘
//
// The masthead (報頭) heads page 1; a contents list follows when there are
// three or more articles, its page numbers those the articles' titles
// really print on; then the editor's note and the articles one after
// another, each set exactly as a single export sets it; the distribution
// block (報尾) sits at the foot of the last page's type area.

// Line kinds of a bulletin's own text.
const (
	KindMasthead     LineKind = "masthead"
	KindContents     LineKind = "contents"
	KindDistribution LineKind = "distribution"
)

// Bulletin is a bulletin ready to lay out. Its printed labels (第 N 期,
// 報/送/發) are in the variety of Options.Simplified.
type Bulletin struct {
	Masthead Masthead
	// Note is the editor's note (編者按), printed before the articles in
	// the quote face; "" for none.
	Note     string
	Articles []BulletinArticle
	// Distribution is the block at the foot of the last page.
	Distribution Distribution
	// Mono prints the masthead in black instead of red (黑白), for
	// offices with mono printers: the document then has no colour at all.
	Mono bool
}

// Masthead is what the head of page 1 (報頭) prints.
type Masthead struct {
	Name string // the bulletin's name, large and red
	// Issue is the issue of the year (第 Issue 期); Total, when not 0, the
	// issue counted from the first (總第 Total 期). A Supplement (增刊) is
	// numbered on its own.
	Issue, Total int
	Supplement   bool
	Editor       string    // 編印單位, at the left under the issue
	Date         time.Time // 印發日期, at the right; zero leaves it out
	// Classification (秘密, 內部資料 注意保存) is printed at the top left
	// and Serial (編號) at the top right; "" for none.
	Classification, Serial string
}

// BulletinArticle is one article of a bulletin.
type BulletinArticle struct {
	Article *article.Article
	// NewPage starts the article on a page of its own.
	NewPage bool
}

// Distribution is a bulletin's distribution block (報尾): whom it is
// reported to (報), sent to (送) and distributed to (發), and how many
// copies are printed. Empty lists are left out.
type Distribution struct {
	Report, Send, Distribute []string
	Copies                   int // 0 leaves （共印 N 份） out
}

// LayoutBulletin lays out a bulletin as one document, as LayoutContext
// lays out an article: opt as there, Cache included (one Cache for the
// whole bulletin: after an edit to one article, the others' paragraphs
// come from it). Each article's labels and punctuation compression are
// those of its own variety; the fonts are the bulletin's. The organisation footer is printed only when opt.Footer
// has fields or a banner, with its own page numbers; otherwise pages are
// numbered "— N —" under the type area (on the GB/T 9704 page, where that
// page puts them). Each problem's Part names the
// article it is in.
//
// The contents list's page numbers are found after the pages are cut —
// the list takes the same room whatever its numbers, so they never move
// what they count.
func LayoutBulletin(ctx context.Context, b *Bulletin, fonts Fonts, opt Options) (*Document, error) {
	opt = opt.withDefaults()
	footer := len(opt.Footer.Fields) > 0 || opt.Footer.Banner != ""
	if !footer {
		opt.Footer.NoPageNumber = true
	}
	doc := &Document{Paper: opt.Paper}
	f := newFlow(ctx, &article.Article{}, fonts, opt, &doc.Problems)
	mast := f.masthead(b)
	toc := f.contents(b)
	f.editorsNote(b.Note)
	starts := make([]int, len(b.Articles))
	for i, ba := range b.Articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		before := len(doc.Problems)
		if len(f.entries) > 0 && !ba.NewPage {
			f.entries = append(f.entries, entry{slots: 1, space: true})
		}
		starts[i] = len(f.entries)
		f.a, f.role, f.keepFirst = ba.Article, "", false
		if f.a == nil {
			f.a = &article.Article{}
		}
		f.variety(f.a.Meta.Lang, opt)
		f.titleBlock()
		if n := len(f.entries); n > starts[i] {
			// A title is never the last thing on a page.
			f.entries[n-1].keepNext = true
		}
		f.blocks(f.a.Blocks, 0, 0)
		if ba.NewPage && starts[i] < len(f.entries) {
			f.entries[starts[i]].newPage = true
		}
		for j := before; j < len(doc.Problems); j++ {
			doc.Problems[j].Part = i + 1
		}
	}
	f.variety("", opt)
	f.distribution(b.Distribution)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	bounds := f.cut()
	pageOf := func(e int) int {
		for n, s := range bounds {
			if e < s.end {
				return n + 1
			}
		}
		return len(bounds)
	}
	pages := make([]int, len(starts))
	for i, s := range starts {
		pages[i] = pageOf(s)
	}
	f.fillContents(toc, pages)
	if opt.Cache != nil {
		opt.Cache.end()
	}
	f.placePages(doc, bounds)
	if !footer && !opt.Preset.Official { // the official page numbers its pages "— N —" itself
		for i := range doc.Pages {
			f.dashedPageNumber(&doc.Pages[i])
		}
	}
	doc.ink()
	mast.rule(doc, b.Mono)
	return doc, nil
}

// variety sets the labels (來源/来源) and the punctuation compression of
// what follows in the variety of lang, as a single export of an article
// in lang sets them; "" is the bulletin's own (opt's). The fonts stay the
// bulletin's.
func (f *flow) variety(lang article.Lang, opt Options) {
	f.opt.Simplified = opt.Simplified
	switch lang {
	case article.Hans:
		f.opt.Simplified = true
	case article.Hant:
		f.opt.Simplified = false
	}
	f.s.compress = opt.Compression == CompressOn || opt.Compression == CompressAuto && f.opt.Simplified
}
