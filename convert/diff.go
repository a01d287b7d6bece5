package convert

import (
	"fmt"
	"io"
	"strings"
)

// Hunk is a stretch of lines that a change replaced: Old lines from line
// OldStart of the old text gave way to New lines from line NewStart of the
// new one (lines count from 1; an empty side starts after the line before).
type Hunk struct {
	OldStart, NewStart int
	Old, New           []string
}

// Changed is the number of lines the hunk changes: the larger side.
func (h Hunk) Changed() int { return max(len(h.Old), len(h.New)) }

// maxCells bounds the work of the line matching: beyond it, the differing
// middle of the two texts is one hunk.
const maxCells = 4_000_000

// Diff compares two texts by lines and returns where they differ, in
// order. A conversion keeps the lines of an article, so lines are paired
// one to one when both sides have as many; otherwise the longest common
// subsequence of lines decides.
func Diff(old, new string) []Hunk {
	a, b := splitLines(old), splitLines(new)
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	var hs []Hunk
	switch {
	case len(ma) == 0 && len(mb) == 0:
	case len(ma) == len(mb):
		hs = paired(ma, mb)
	case len(ma)*len(mb) <= maxCells:
		hs = matched(ma, mb)
	default:
		hs = []Hunk{{Old: ma, New: mb}}
	}
	for i := range hs {
		hs[i].OldStart += pre + 1
		hs[i].NewStart += pre + 1
	}
	return hs
}

// splitLines splits text into lines without their "\n"; a final line end
// starts no further line.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// paired compares a and b line by line; runs of differing pairs are hunks.
// Starts are 0-based here.
func paired(a, b []string) []Hunk {
	var hs []Hunk
	for i := 0; i < len(a); i++ {
		if a[i] == b[i] {
			continue
		}
		j := i
		for j < len(a) && a[j] != b[j] {
			j++
		}
		hs = append(hs, Hunk{OldStart: i, NewStart: i, Old: a[i:j], New: b[i:j]})
		i = j
	}
	return hs
}

// matched finds the hunks by the longest common subsequence of lines.
// Starts are 0-based here.
func matched(a, b []string) []Hunk {
	n, m := len(a), len(b)
	// lcs[i][j] is the length of the longest common subsequence of a[i:]
	// and b[j:], in one slice.
	lcs := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	var hs []Hunk
	var cur *Hunk
	flush := func() {
		if cur != nil {
			hs = append(hs, *cur)
			cur = nil
		}
	}
	open := func(i, j int) {
		if cur == nil {
			cur = &Hunk{OldStart: i, NewStart: j}
		}
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			flush()
			i, j = i+1, j+1
		case j == m || i < n && *at(i+1, j) >= *at(i, j+1):
			open(i, j)
			cur.Old = append(cur.Old, a[i])
			i++
		default:
			open(i, j)
			cur.New = append(cur.New, b[j])
			j++
		}
	}
	flush()
	return hs
}

// WriteDiff prints the hunks in the unified diff format, without context
// lines, under the names of the two files.
func WriteDiff(w io.Writer, oldName, newName string, hs []Hunk) error {
	if _, err := fmt.Fprintf(w, "--- %s\n+++ %s\n", oldName, newName); err != nil {
		return fmt.Errorf("writing the diff: %w", err)
	}
	for _, h := range hs {
		var b strings.Builder
		fmt.Fprintf(&b, "@@ -%s +%s @@\n", rangeOf(h.OldStart, len(h.Old)), rangeOf(h.NewStart, len(h.New)))
		for _, l := range h.Old {
			b.WriteString("-" + l + "\n")
		}
		for _, l := range h.New {
			b.WriteString("+" + l + "\n")
		}
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("writing the diff: %w", err)
		}
	}
	return nil
}

// rangeOf is a hunk side's range as unified diffs write it: "start,count",
// "start" alone for one line, and the line before for none.
func rangeOf(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start-1)
	case 1:
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}
