package bulletin

import (
	"path/filepath"
	"time"

	"github.com/paiban/paiban/internal/cjk"
)

// Bulletin is one issue of a bulletin as its file describes it. The zero
// value is an empty bulletin; Parse fills one from a file's text.
type Bulletin struct {
	Name       string // name: printed large and red in the masthead
	Issue      int    // issue: 第 N 期, counted within the year
	Total      int    // total: 總第 N 期; 0 for none
	Supplement bool   // supplement: 增刊, numbered on its own
	Editor     string // editor: 編印單位
	Date       time.Time
	// Lang is the bulletin's variety, which its labels (第 N 期, 報/送/發)
	// are printed in; "" takes the first article's.
	Lang           cjk.Lang
	Classification string // classification: 秘密, 內部資料 注意保存 (top left)
	Serial         string // serial: 編號 (top right)
	Note           string // note: 編者按
	Articles       []Entry
	Report         []string // report: 報
	Send           []string // send: 送
	Distribute     []string // distribute: 發
	Copies         int      // copies: 共印 N 份; 0 leaves it out
	// Footer prints the organisation's footer (off by default).
	Footer bool
	// Mono prints the masthead black (黑白) instead of red.
	Mono bool

	// Path is the file the bulletin was read from, or is to be saved as:
	// article files are found relative to its folder. "" for a bulletin
	// not yet saved, whose article paths are used as they are.
	Path string
}

// Entry is one article of a bulletin.
type Entry struct {
	File string // as written in the file: relative to the bulletin's folder
	// NewPage starts the article on a page of its own.
	NewPage bool
	// Line and Col are where the entry is written in the file (1-based),
	// for messages about the article; 0 for an entry not read from a file.
	Line, Col int
}

// ArticlePath is where an entry's article file is: File itself when it is
// absolute or the bulletin has no Path, else File in the bulletin's folder.
func (b *Bulletin) ArticlePath(e Entry) string {
	if filepath.IsAbs(e.File) || b.Path == "" {
		return e.File
	}
	return filepath.Join(filepath.Dir(b.Path), e.File)
}
