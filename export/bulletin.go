package export

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/paiban/paiban/article"
	"github.com/paiban/paiban/bulletin"
	"github.com/paiban/paiban/fonts"
	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/pdf"
	"github.com/paiban/paiban/message"
)

// BulletinJob is a bulletin ready to be laid out: its file and its
// articles, read and parsed, each with its figures' paths made relative to
// the working folder (the articles may be in different folders).
type BulletinJob struct {
	Bulletin *bulletin.Bulletin
	Articles []*article.Article
	Fonts    *fonts.Library
	// Cache, when set, carries set paragraphs over from the previous
	// layout of the bulletin (the editor keeps one): after an edit to one
	// article, the others come from it.
	Cache *layout.Cache
}

// OpenBulletin reads the bulletin file at path and its articles. A fault
// in the file is placed FILE:LINE:COL; an article that cannot be read is
// placed at the line of the bulletin file that names it.
func OpenBulletin(path string, lib *fonts.Library) (*BulletinJob, error) {
	b, err := bulletin.Load(path)
	if err != nil {
		return nil, err
	}
	return NewBulletinJob(b, lib)
}

// NewBulletinJob reads the articles of b, already read.
func NewBulletinJob(b *bulletin.Bulletin, lib *fonts.Library) (*BulletinJob, error) {
	arts, err := b.ReadArticles()
	if err != nil {
		return nil, err
	}
	for i, a := range arts {
		ResolveFigures(a, filepath.Dir(b.ArticlePath(b.Articles[i])))
	}
	return &BulletinJob{Bulletin: b, Articles: arts, Fonts: lib}, nil
}

// ResolveFigures makes the relative paths of a's figures relative to the
// working folder instead of dir, the article's.
func ResolveFigures(a *article.Article, dir string) {
	article.Walk(a.Blocks, func(b article.Block) {
		if f, ok := b.(*article.Figure); ok && !filepath.IsAbs(f.Path) && f.Path != "" {
			f.Path = filepath.Join(dir, filepath.FromSlash(f.Path))
		}
	})
}

// Lang is the bulletin's variety: its file's lang, else its first
// article's.
func (j *BulletinJob) Lang() article.Lang {
	if j.Bulletin.Lang != "" {
		return j.Bulletin.Lang
	}
	for _, a := range j.Articles {
		if a.Meta.Lang != "" {
			return a.Meta.Lang
		}
	}
	return article.Hant
}

// whole is the bulletin as one article, for choosing its fonts: its
// masthead's name with the titles, and every article's blocks.
func (j *BulletinJob) whole() *Job {
	a := &article.Article{Meta: article.Meta{Lang: j.Lang()}}
	titles := []string{j.Bulletin.Name}
	for _, x := range j.Articles {
		titles = append(titles, x.Meta.Title)
		a.Blocks = append(a.Blocks, x.Blocks...)
	}
	a.Meta.Title = strings.Join(titles, "")
	return &Job{Article: a, Fonts: j.Fonts}
}

// Chain builds the fonts the bulletin prints with, as Job.Chain does for
// one article; the masthead's name is set in the title's face.
func (j *BulletinJob) Chain(s Settings) *fonts.Chain { return j.whole().Chain(s) }

// Options turns settings into layout options for the bulletin: the
// organisation's footer only when the bulletin file asks for it.
func (j *BulletinJob) Options(s Settings) layout.Options {
	w := j.whole()
	w.Cache = j.Cache
	if !j.Bulletin.Footer {
		s.Profile.Organisation, s.Profile.Address, s.Profile.Phone = "", "", ""
		s.Profile.SiteCode, s.Profile.ICP, s.Profile.PSB, s.Profile.Slogan = "", "", "", ""
	}
	return w.Options(s)
}

// Layout returns the bulletin's layout input.
func (j *BulletinJob) Layout(ctx context.Context, s Settings) (*layout.Document, error) {
	return layout.LayoutBulletin(ctx, j.layoutBulletin(), j.Chain(s), j.Options(s))
}

func (j *BulletinJob) layoutBulletin() *layout.Bulletin {
	b := j.Bulletin
	lb := &layout.Bulletin{
		Masthead: layout.Masthead{Name: b.Name, Issue: b.Issue, Total: b.Total, Supplement: b.Supplement,
			Editor: b.Editor, Date: b.Date, Classification: b.Classification, Serial: b.Serial},
		Note:         b.Note,
		Distribution: layout.Distribution{Report: b.Report, Send: b.Send, Distribute: b.Distribute, Copies: b.Copies},
		Mono:         b.Mono,
	}
	for i, a := range j.Articles {
		lb.Articles = append(lb.Articles, layout.BulletinArticle{Article: a, NewPage: b.Articles[i].NewPage})
	}
	return lb
}

// part is the job of the article a problem is in, for its place.
func (j *BulletinJob) part(p layout.Problem) *Job {
	if p.Part < 1 || p.Part > len(j.Articles) {
		return &Job{Article: &article.Article{}, Path: j.Bulletin.Path}
	}
	e := j.Bulletin.Articles[p.Part-1]
	return &Job{Article: j.Articles[p.Part-1], Path: j.Bulletin.ArticlePath(e)}
}

// Check turns the layout's problems into an error where the settings say
// they must stop an export, as Job.Check does, each placed in its article.
func (j *BulletinJob) Check(doc *layout.Document, s Settings) error {
	return check(doc, s, j.Bulletin.Path, j.part)
}

// WarningsIn lists, in language l, what the readers dropped and what the
// layout had to bend, each at its place in its article.
func (j *BulletinJob) WarningsIn(doc *layout.Document, l message.Lang) []string {
	var out []string
	for i, a := range j.Articles {
		job := &Job{Article: a, Path: j.Bulletin.ArticlePath(j.Bulletin.Articles[i])}
		out = append(out, job.WarningsIn(&layout.Document{}, l)...)
	}
	for _, p := range doc.Problems {
		if p.Kind == layout.Overfull {
			out = append(out, message.In(j.part(p).at(p), l))
		}
	}
	return out
}

// Inputs are the files an export of the bulletin reads: its file, its
// articles, their figures and the settings' files.
func (j *BulletinJob) Inputs(s Settings) []string {
	in := append([]string{}, s.Inputs...)
	if j.Bulletin.Path != "" {
		in = append(in, j.Bulletin.Path)
	}
	for i, a := range j.Articles {
		job := &Job{Article: a, Path: j.Bulletin.ArticlePath(j.Bulletin.Articles[i])}
		in = append(in, job.Inputs(Settings{})...)
	}
	return in
}

// WritePDF lays the bulletin out and writes the PDF atomically to out, as
// Job.WritePDF does for an article.
func (j *BulletinJob) WritePDF(out string, s Settings) (*layout.Document, error) {
	if err := atomicfile.Same(out, j.Inputs(s)...); err != nil {
		return nil, err
	}
	doc, err := j.Layout(context.Background(), s)
	if err != nil {
		return nil, err
	}
	if err := j.Check(doc, s); err != nil {
		return doc, err
	}
	b := j.Bulletin
	info := pdf.Info{
		Title:   layout.OutlineText(fmt.Sprintf("%s 第%d期", b.Name, b.Issue)),
		Author:  b.Editor,
		Subject: layout.OutlineText(b.Name),
		Creator: "Paiban " + Version,
	}
	err = atomicfile.Write(out, 0o644, func(w io.Writer) error {
		return pdf.Write(w, doc, j.Fonts, images{""}, info)
	})
	return doc, err
}
