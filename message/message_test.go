package message

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var testText = Text{"cannot read %s: %s", "無法讀取 %s：%s", "无法读取 %s：%s"}

func TestIn(t *testing.T) {
	inner := New(Text{"the disk is full", "磁碟已滿", "磁盘已满"})
	err := New(testText, "a.md", inner)
	for l, want := range map[Lang]string{En: "cannot read a.md: the disk is full", Hant: "無法讀取 a.md：磁碟已滿", Hans: "无法读取 a.md：磁盘已满"} {
		if got := In(err, l); got != want {
			t.Errorf("%s: %q, want %q", l, got, want)
		}
	}
	if err.Error() != "cannot read a.md: the disk is full" || !errors.Is(err, inner) || !Is(err, testText) {
		t.Errorf("Error, Unwrap or Is: %q", err)
	}
	joined := errors.Join(inner, errors.New("plain"))
	if got := In(joined, Hant); got != "磁碟已滿\nplain" {
		t.Errorf("joined: %q", got)
	}
}

func TestParse(t *testing.T) {
	for s, want := range map[string]Lang{"en": En, "en_GB": En, "zh-Hant": Hant, "zh_TW": Hant, "zh-HK": Hant, "zh-Hans": Hans, "zh_CN": Hans, "zh-SG": Hans, "zh-Hant-TW": Hant} {
		if got, err := Parse(s); got != want || err != nil {
			t.Errorf("Parse(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := Parse("fr"); err == nil {
		t.Error("fr parsed")
	}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "zh_TW.UTF-8")
	if FromEnv() != Hant {
		t.Error("zh_TW.UTF-8 is not 繁體")
	}
	t.Setenv("LANG", "C.UTF-8")
	if FromEnv() != En {
		t.Error("C is not English")
	}
}

// Every message.Text written in the module has all three wordings, and
// they take the same number of arguments.
func TestEveryTextHasThreeLanguages(t *testing.T) {
	root := filepath.Join("..")
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(x ast.Node) bool {
			lit, ok := x.(*ast.CompositeLit)
			if !ok || !isText(lit.Type) {
				return true
			}
			n++
			if len(lit.Elts) != 3 {
				t.Errorf("%s: a Text of %d wordings", path, len(lit.Elts))
				return true
			}
			var verbs []int
			for i, e := range lit.Elts {
				b, ok := e.(*ast.BasicLit)
				if !ok {
					continue // built from constants: not checked here
				}
				s, _ := strconv.Unquote(b.Value)
				if strings.TrimSpace(s) == "" {
					t.Errorf("%s: %q has no wording %d", path, lit.Elts[0], i)
				}
				verbs = append(verbs, strings.Count(s, "%")-2*strings.Count(s, "%%"))
			}
			for _, v := range verbs {
				if v != verbs[0] {
					t.Errorf("%s: the wordings of %s take different arguments", path, lit.Elts[0].(*ast.BasicLit).Value)
					break
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Errorf("only %d Text literals found: is the walk looking in the right place?", n)
	}
}

// isText reports whether a composite literal's type is message.Text.
func isText(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "Text"
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		return ok && x.Name == "message" && e.Sel.Name == "Text"
	}
	return false
}
