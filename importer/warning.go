package importer

import (
	"fmt"

	"github.com/paiban/paiban/message"
)

// Warning is something of the document the import could not carry over,
// with where it is: the file, the paragraph (or line, for text files) of
// its first occurrence and how many times it occurs.
type Warning struct {
	File  string
	Place int  // the paragraph (of the document, or of the article for a web page), from 1; 0 for the whole document
	Line  bool // Place is a line, not a paragraph
	Count int  // how many times it occurs, at least 1
	What  *message.Error
}

// Error is the warning in English.
func (w Warning) Error() string { return w.In(message.En) }

// In words the warning in l: file: paragraph 3: what (5 times in all).
func (w Warning) In(l message.Lang) string {
	s := w.What.In(l)
	switch {
	case w.Count > 1 && w.Place > 0:
		s += fmt.Sprintf(timesInAll.In(l), w.Count)
	case w.Count > 1:
		s += fmt.Sprintf(times.In(l), w.Count)
	}
	if w.Place > 0 {
		place := paraPlace
		if w.Line {
			place = linePlace
		}
		s = fmt.Sprintf(message.At.In(l), fmt.Sprintf(place.In(l), w.Place), s)
	}
	if w.File != "" {
		s = fmt.Sprintf(message.At.In(l), w.File, s)
	}
	return s
}

var (
	paraPlace  = message.Text{"paragraph %d", "第 %d 段", "第 %d 段"}
	linePlace  = message.Text{"line %d", "第 %d 行", "第 %d 行"}
	times      = message.Text{" (%d times)", "（共 %d 處）", "（共 %d 处）"}
	timesInAll = message.Text{" (%d times in all, the first here)", "（共 %d 處，此為第一處）", "（共 %d 处，此为第一处）"}
)

// warnings collects a reader's warnings, one per kind of thing: the
// first place and a count.
type warnings struct {
	list  []Warning
	index map[*message.Text]int
}

// add records what at place (0 for none); the same Text again only counts.
func (ws *warnings) add(place int, t *message.Text, args ...any) {
	if i, ok := ws.index[t]; ok {
		ws.list[i].Count++
		return
	}
	if ws.index == nil {
		ws.index = map[*message.Text]int{}
	}
	ws.index[t] = len(ws.list)
	ws.list = append(ws.list, Warning{Place: place, Count: 1, What: message.New(*t, args...)})
}
