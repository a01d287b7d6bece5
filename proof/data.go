package proof

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/paiban/paiban/article"
)

// The word lists the rules use; see the comments at the head of each file.
//
//go:embed data/doubled.txt data/overconversion.txt
var dataFiles embed.FS

// lines calls fn with each line of an embedded data file that is neither
// blank nor a comment, and its line number.
func lines(name string, fn func(n int, line string) error) error {
	f, err := dataFiles.Open(name)
	if err != nil {
		return fmt.Errorf("proof data: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return fmt.Errorf("proof data %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("proof data %s: %w", name, err)
	}
	return nil
}

// tables are the parsed data files, read once on first use.
type tables struct {
	// doubled maps each character whose doubling is a typo to the phrases
	// that excuse it.
	doubled map[rune][][]rune
	// wrong holds, for each writing, the over-converted words and the
	// right words that excuse a match, by first character.
	wrong, legit map[article.Lang]phrases
}

var (
	loadOnce sync.Once
	loaded   *tables
)

// data returns the parsed tables. The files are part of the program, so a
// fault in them is a bug: it panics, and the tests catch it.
func data() *tables {
	loadOnce.Do(func() {
		t, err := parseTables()
		if err != nil {
			panic(err)
		}
		loaded = t
	})
	return loaded
}

func parseTables() (*tables, error) {
	t := &tables{
		doubled: map[rune][][]rune{},
		wrong:   map[article.Lang]phrases{},
		legit:   map[article.Lang]phrases{},
	}
	err := lines("data/doubled.txt", func(_ int, line string) error {
		ch, rest, ok := strings.Cut(line, ":")
		rs := []rune(strings.TrimSpace(ch))
		if !ok || len(rs) != 1 {
			return fmt.Errorf("want \"字: phrases\", got %q", line)
		}
		pair := string([]rune{rs[0], rs[0]})
		t.doubled[rs[0]] = [][]rune{}
		for _, p := range strings.Fields(rest) {
			if !strings.Contains(p, pair) {
				return fmt.Errorf("phrase %q lacks %s", p, pair)
			}
			t.doubled[rs[0]] = append(t.doubled[rs[0]], []rune(p))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var lang article.Lang
	err = lines("data/overconversion.txt", func(_ int, line string) error {
		switch {
		case strings.HasPrefix(line, "["):
			l, err := article.ParseLang(strings.Trim(line, "[]"))
			if err != nil {
				return err
			}
			lang = l
		case lang == "":
			return fmt.Errorf("%q comes before any [section]", line)
		case strings.HasPrefix(line, "!"):
			for _, w := range strings.Fields(line[1:]) {
				t.legit[lang] = t.legit[lang].add(w, "")
			}
		default:
			f := strings.Fields(line)
			if len(f) != 2 || f[0] == f[1] {
				return fmt.Errorf("want \"wrong right\", got %q", line)
			}
			t.wrong[lang] = t.wrong[lang].add(f[0], f[1])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// phrases is a list of words by first character, for matching at every
// position of a text.
type phrases map[rune][]phrase

type phrase struct {
	word, repl []rune
}

func (p phrases) add(word, repl string) phrases {
	if p == nil {
		p = phrases{}
	}
	w := []rune(word)
	p[w[0]] = append(p[w[0]], phrase{w, []rune(repl)})
	return p
}

// at returns the longest phrase that rs starts with, if any.
func (p phrases) at(rs []rune) (phrase, bool) {
	var best phrase
	found := false
	for _, ph := range p[rs[0]] {
		if len(ph.word) > len(best.word) && hasPrefix(rs, ph.word) {
			best, found = ph, true
		}
	}
	return best, found
}

func hasPrefix(rs, p []rune) bool {
	if len(p) > len(rs) {
		return false
	}
	for i := range p {
		if rs[i] != p[i] {
			return false
		}
	}
	return true
}
