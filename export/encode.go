package export

import (
	"io"
	"strings"

	"github.com/paiban/paiban/layout"
	"github.com/paiban/paiban/layout/pdf"
)

// Encode writes doc, the job's layout with settings s, as a PDF to w: the
// bytes WritePDF puts in its file, for callers that want them in memory
// (printing sends them to the printer). It does not check doc (see Check).
func (j *Job) Encode(w io.Writer, doc *layout.Document, s Settings) error {
	return pdf.Write(w, doc, j.Fonts, images{j.Dir}, j.info(s))
}

// info is the PDF's document information for the job.
func (j *Job) info(s Settings) pdf.Info {
	info := pdf.Info{
		Title:    layout.OutlineText(j.Article.Meta.Title),
		Author:   s.Profile.Organisation,
		Subject:  layout.OutlineText(j.Article.Meta.Subtitle),
		Keywords: layout.OutlineText(strings.Join(j.Article.Meta.Keywords, ", ")),
		Creator:  "Paiban " + Version,
	}
	if info.Subject == "" {
		info.Subject = layout.OutlineText(j.Article.Meta.Source)
	}
	return info
}
